import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule, getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { dataSourceOptions } from '@panelist/db';
import { defaultRatingScale } from '@panelist/kits';
import { AuditModule } from '../src/audit/audit.module';
import { hashPassword } from '../src/auth/passwords';
import { BankImportsModule } from '../src/bank-imports/bank-imports.module';
import { BankImportsService } from '../src/bank-imports/bank-imports.service';
import { QuestionsModule } from '../src/questions/questions.module';
import { syntheticBankFile } from './synthetic-bank';

/**
 * The data of npm run bench:http (tools/bench-http.mjs), written as JSON to argv[2]: one organization
 * with 10,000 questions, a 40-question kit, 10 draft scorecards on interviews of that kit (one per
 * connection, so autosaves never conflict), and a job with 200 candidates × 3 submitted scorecards.
 */
@Module({})
class SeedModule {
  static forDatabase(url: string) {
    return {
      module: SeedModule,
      imports: [TypeOrmModule.forRoot(dataSourceOptions(url)), AuditModule, QuestionsModule, BankImportsModule],
    };
  }
}

export const BENCH_PASSWORD = 'bench password 0123456789';
const QUESTIONS = 10_000;
const CONNECTIONS = 10;
const CANDIDATES = 200;
const COMPETENCIES = ['architecture', 'data', 'communication', 'testing'];

async function main(): Promise<void> {
  const [out] = process.argv.slice(2);
  const url = process.env.DATABASE_URL;
  if (!url || !out) throw new Error('usage: DATABASE_URL=… http-seed.ts <out.json>');
  const app = await NestFactory.createApplicationContext(SeedModule.forDatabase(url), { logger: ['error', 'warn'] });
  try {
    const db = app.get<DataSource>(getDataSourceToken());
    const one = async (sql: string, params: unknown[] = []) => (await db.query<Array<{ id: string }>>(sql, params))[0].id;
    const organizationId = await one(`INSERT INTO organizations (name, slug) VALUES ('Bench', 'bench') RETURNING id`);
    await app.get(BankImportsService).importFile(organizationId, { fileName: 'synthetic.json', content: syntheticBankFile(QUESTIONS) });
    await db.query('ANALYZE');

    const hash = await hashPassword(BENCH_PASSWORD);
    const user = (email: string, role: string) =>
      one(
        `WITH u AS (INSERT INTO users (email, name, password_hash, activated_at) VALUES ($1, $1, $2, now()) RETURNING id)
         INSERT INTO memberships (organization_id, user_id, role, status) SELECT $3, id, $4, 'ACTIVE' FROM u RETURNING user_id AS id`,
        [email, hash, organizationId, role],
      );
    const managerId = await user('manager@bench.test', 'HIRING_MANAGER');
    const interviewerId = await user('interviewer@bench.test', 'INTERVIEWER');
    const panel = await Promise.all([1, 2, 3].map((n) => user(`panel.${n}@bench.test`, 'INTERVIEWER')));

    // The kit: 40 questions in 4 sections, pinned to their current revisions.
    const picked = await db.query<Array<{ questionId: string; revisionId: string }>>(
      `SELECT q.id AS "questionId", r.id AS "revisionId" FROM questions q
         JOIN question_revisions r ON r.question_id = q.id AND r.revision = q.current_revision
        WHERE q.organization_id = $1 ORDER BY q.id LIMIT 40`,
      [organizationId],
    );
    const ratingScale = defaultRatingScale(4);
    const kitId = await one(
      `INSERT INTO kits (organization_id, role_name, title, interview_minutes, rating_scale, created_by)
       VALUES ($1, 'Backend Engineer', 'Bench kit', 120, $2, $3) RETURNING id`,
      [organizationId, JSON.stringify(ratingScale), managerId],
    );
    const sections = COMPETENCIES.map((competency, s) => ({
      competency,
      title: `Section ${s + 1}`,
      questions: picked.slice(s * 10, s * 10 + 10).map((q) => ({ ...q, plannedMinutes: 3 })),
    }));
    for (const [position, section] of sections.entries()) {
      const sectionId = await one(`INSERT INTO kit_sections (kit_id, position, competency, title) VALUES ($1, $2, $3, $4) RETURNING id`, [
        kitId,
        position,
        section.competency,
        section.title,
      ]);
      await db.query(
        `INSERT INTO kit_questions (kit_id, section_id, position, question_id, question_revision_id, planned_minutes)
         SELECT $1, $2, q.position, q.question_id, q.revision_id, 3
           FROM json_to_recordset($3::json) AS q(position int, question_id uuid, revision_id uuid)`,
        [
          kitId,
          sectionId,
          JSON.stringify(section.questions.map((q, i) => ({ position: i, question_id: q.questionId, revision_id: q.revisionId }))),
        ],
      );
    }
    const snapshot = {
      kitId,
      title: 'Bench kit',
      roleName: 'Backend Engineer',
      interviewMinutes: 120,
      notes: '',
      ratingScale,
      competencyWeights: [],
      sections: sections.map((s) => ({ competency: s.competency, title: s.title, questions: s.questions })),
    };

    // Autosave: one candidate, CONNECTIONS interviews of the kit, the interviewer's draft on each.
    const autosaveJobId = await one(
      `INSERT INTO jobs (organization_id, title, hiring_manager_id) VALUES ($1, 'Autosave', $2) RETURNING id`,
      [organizationId, managerId],
    );
    const scorecards = await db.query<Array<{ id: string }>>(
      `WITH c AS (INSERT INTO candidates (organization_id, name, email) VALUES ($1, 'Avery Autosave', 'avery@bench.test') RETURNING id),
       l AS (INSERT INTO interview_loops (organization_id, job_id, candidate_id) SELECT $1, $2, id FROM c RETURNING id, candidate_id),
       i AS (INSERT INTO interviews (organization_id, loop_id, kit_id, kit_snapshot, scheduled_at, duration_minutes)
             SELECT $1, l.id, $3, $4, now() - interval '1 hour', 60 FROM l, generate_series(1, $5) RETURNING id, loop_id)
       INSERT INTO scorecards (organization_id, interview_id, candidate_id, interviewer_id, status)
       SELECT $1, i.id, l.candidate_id, $6, 'DRAFT' FROM i JOIN l ON l.id = i.loop_id RETURNING id`,
      [organizationId, autosaveJobId, kitId, JSON.stringify(snapshot), CONNECTIONS, interviewerId],
    );

    // The comparison: CANDIDATES candidates × 3 submitted scorecards on a 4-competency kit.
    const jobId = await one(`INSERT INTO jobs (organization_id, title, hiring_manager_id) VALUES ($1, 'Comparison', $2) RETURNING id`, [
      organizationId,
      managerId,
    ]);
    const comparisonSnapshot = { ...snapshot, sections: COMPETENCIES.map((competency) => ({ competency, title: '', questions: [] })) };
    await db.query(
      `WITH c AS (INSERT INTO candidates (organization_id, name, email) SELECT $1, 'Candidate ' || n, 'c' || n || '@bench.test' FROM generate_series(1, $2) n RETURNING id),
       l AS (INSERT INTO interview_loops (organization_id, job_id, candidate_id) SELECT $1, $3, id FROM c RETURNING id, candidate_id),
       i AS (INSERT INTO interviews (organization_id, loop_id, kit_snapshot, scheduled_at, duration_minutes) SELECT $1, l.id, $4, now(), 45 FROM l RETURNING id, loop_id),
       s AS (INSERT INTO scorecards (organization_id, interview_id, candidate_id, interviewer_id, status, recommendation, submitted_at, revision)
             SELECT $1, i.id, l.candidate_id, p, 'SUBMITTED', 'YES', now(), 1 FROM i JOIN l ON l.id = i.loop_id, unnest($5::uuid[]) p RETURNING id)
       INSERT INTO scorecard_competency_ratings (scorecard_id, competency, rating) SELECT s.id, comp, 1 + floor(random() * 4)::int FROM s, unnest($6::text[]) comp`,
      [organizationId, CANDIDATES, jobId, JSON.stringify(comparisonSnapshot), panel, COMPETENCIES],
    );
    await db.query('ANALYZE');

    writeFileSync(
      out,
      JSON.stringify({
        organizationId,
        password: BENCH_PASSWORD,
        manager: { email: 'manager@bench.test', userId: managerId },
        interviewer: { email: 'interviewer@bench.test', userId: interviewerId },
        kitId,
        jobId,
        scorecards: scorecards.map((s) => s.id),
        questionIds: picked.map((q) => q.questionId),
      }),
    );
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
