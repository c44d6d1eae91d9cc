import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule, getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { dataSourceOptions } from '@panelist/db';
import { defaultRatingScale } from '@panelist/kits';
import type { Principal } from '../src/common/auth/principal';
import * as panelRepository from '../src/panel-scorecards/panel-scorecards.repository';
import { PanelScorecardsModule } from '../src/panel-scorecards/panel-scorecards.module';
import { PanelScorecardsService } from '../src/panel-scorecards/panel-scorecards.service';

/**
 * npm run bench:comparison [-- N]: a job with N candidates (default 200), each interviewed by three
 * interviewers on a 4-competency kit, all submitted. Times the job comparison through the service
 * (loading + statistics, calibration and reliability) against its main SQL run raw on the same pool.
 * Target (issue 6): p95 ≤ 150 ms for 200 candidates on a laptop.
 */
@Module({})
class BenchModule {
  static forDatabase(url: string) {
    return { module: BenchModule, imports: [TypeOrmModule.forRoot(dataSourceOptions(url)), PanelScorecardsModule] };
  }
}

const ROUNDS = 30;
const COMPETENCIES = ['architecture', 'data', 'communication', 'testing'];

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];

async function timed(rounds: number, fn: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times;
}

async function seed(db: DataSource, candidates: number): Promise<{ principal: Principal; jobId: string }> {
  const [{ id: organizationId }] = await db.query<Array<{ id: string }>>(
    `INSERT INTO organizations (name, slug) VALUES ('Bench', 'bench-' || floor(random() * 1e9)::text) RETURNING id`,
  );
  const users = await db.query<Array<{ id: string }>>(
    `INSERT INTO users (email, name) SELECT 'bench.' || n || '.' || $1 || '@example.com', 'Bench ' || n FROM generate_series(1, 4) n RETURNING id`,
    [organizationId],
  );
  await db.query(`INSERT INTO memberships (organization_id, user_id, role) SELECT $1, unnest($2::uuid[]), 'HIRING_MANAGER'`, [
    organizationId,
    users.map((u) => u.id),
  ]);
  const [{ id: jobId }] = await db.query<Array<{ id: string }>>(
    `INSERT INTO jobs (organization_id, title, hiring_manager_id) VALUES ($1, 'Bench job', $2) RETURNING id`,
    [organizationId, users[0].id],
  );
  const snapshot = {
    kitId: organizationId,
    title: 'Bench kit',
    roleName: 'Bench',
    interviewMinutes: 45,
    notes: '',
    ratingScale: defaultRatingScale(4),
    competencyWeights: [{ competency: 'architecture', weight: 2 }],
    sections: COMPETENCIES.map((competency) => ({ competency, title: '', questions: [] })),
  };
  await db.query(
    `WITH c AS (INSERT INTO candidates (organization_id, name, email) SELECT $1, 'Candidate ' || n, 'c' || n || '@example.com' FROM generate_series(1, $2) n RETURNING id),
     l AS (INSERT INTO interview_loops (organization_id, job_id, candidate_id) SELECT $1, $3, id FROM c RETURNING id, candidate_id),
     i AS (INSERT INTO interviews (organization_id, loop_id, kit_snapshot, scheduled_at, duration_minutes) SELECT $1, l.id, $4, now(), 45 FROM l RETURNING id, loop_id),
     s AS (INSERT INTO scorecards (organization_id, interview_id, candidate_id, interviewer_id, status, recommendation, submitted_at, revision)
           SELECT $1, i.id, l.candidate_id, p, 'SUBMITTED', 'YES', now(), 1 FROM i JOIN l ON l.id = i.loop_id, unnest($5::uuid[]) p RETURNING id)
     INSERT INTO scorecard_competency_ratings (scorecard_id, competency, rating) SELECT s.id, comp, 1 + floor(random() * 4)::int FROM s, unnest($6::text[]) comp`,
    [organizationId, candidates, jobId, JSON.stringify(snapshot), users.slice(1).map((u) => u.id), COMPETENCIES],
  );
  return { principal: { sessionId: 'bench', userId: users[0].id, organizationId, role: 'RECRUITER', ssoOrganizationId: null }, jobId };
}

async function main(): Promise<void> {
  const candidates = Number(process.argv[2] ?? 200);
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set');
  const app = await NestFactory.createApplicationContext(BenchModule.forDatabase(url), { logger: ['error', 'warn'] });
  try {
    const db = app.get<DataSource>(getDataSourceToken());
    const { principal, jobId } = await seed(db, candidates);
    const service = app.get(PanelScorecardsService);
    const raw = async () => {
      const loops = await panelRepository.loops(db, principal.organizationId, { jobId });
      await Promise.all([
        panelRepository.seats(
          db,
          loops.map((loop) => loop.loopId),
          false,
        ),
        panelRepository.organizationRatings(db, principal.organizationId, principal.userId),
      ]);
    };
    await timed(3, () => service.jobComparison(principal, jobId, null)); // warm up
    await timed(3, raw);
    const serviceTimes = await timed(ROUNDS, () => service.jobComparison(principal, jobId, null));
    const rawTimes = await timed(ROUNDS, raw);
    const [p50, p95, rawP50, rawP95] = [
      percentile(serviceTimes, 50),
      percentile(serviceTimes, 95),
      percentile(rawTimes, 50),
      percentile(rawTimes, 95),
    ];
    console.log(
      `bench:comparison: a job with ${candidates} candidates × 3 submitted scorecards × ${COMPETENCIES.length} competencies, ${ROUNDS} runs`,
    );
    console.log(
      `comparison (service: loads + statistics + calibration + reliability): p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (target p95 ≤ 150 ms) ${p95 <= 150 ? 'OK' : 'MISSED'}`,
    );
    console.log(
      `raw SQL (loops, seats with ratings, organization ratings; same pool):   p50 ${rawP50.toFixed(1)} ms, p95 ${rawP95.toFixed(1)} ms`,
    );
    console.log(`ratio service / raw: p50 ${(p50 / rawP50).toFixed(2)}×, p95 ${(p95 / rawP95).toFixed(2)}×`);
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
