import type { DataSource } from 'typeorm';
import { defaultRatingScale } from '@panelist/kits';
import { DEMO_ORGANIZATION, DEMO_USERS } from './demo-organization.seed';

/** Sections of the demo kit: the first three of these that have seed-bank questions with a Look-for rubric. */
const DEMO_COMPETENCIES = ['architecture', 'databases', 'problem-solving', 'collaboration', 'communication', 'reliability'];
const SECTIONS = 3;
const QUESTIONS_PER_SECTION = 2;
const DEMO_CANDIDATES = [
  { name: 'Maya Okafor', email: 'maya.okafor@example.com', inHours: 1 },
  { name: 'Jonas Weber', email: 'jonas.weber@example.com', inHours: 26 },
  { name: 'Priya Raman', email: 'priya.raman@example.com', inHours: 50 },
];

const emailOf = (role: string) => DEMO_USERS.find((user) => user.role === role)?.email ?? '';

/**
 * A first job to try the product on: a kit of seed-bank questions, the job "Senior Backend Engineer",
 * three candidates, and an interview each with the demo interviewer and hiring manager on the panel.
 * Runs after the seed bank is imported; does nothing once the demo organization has any job.
 */
export async function seedDemoHiring(dataSource: DataSource): Promise<{ created: boolean }> {
  return dataSource.transaction(async (db) => {
    const [org] = await db.query<Array<{ id: string; jobs: number }>>(
      `SELECT o.id, (SELECT count(*)::int FROM jobs WHERE organization_id = o.id) AS jobs FROM organizations o WHERE o.slug = $1`,
      [DEMO_ORGANIZATION.slug],
    );
    if (!org || org.jobs > 0) return { created: false };
    const picks = await db.query<Array<{ questionId: string; revisionId: string; competency: string }>>(
      `SELECT id AS "questionId", revision_id AS "revisionId", competency FROM (
         SELECT q.id, r.id AS revision_id, c.competency, row_number() OVER (PARTITION BY c.competency ORDER BY q.prompt) AS n
           FROM questions q JOIN question_revisions r ON r.question_id = q.id AND r.revision = q.current_revision
           JOIN unnest($2::text[]) WITH ORDINALITY AS c(competency, ord) ON q.competencies[1] = c.competency
          WHERE q.organization_id = $1 AND q.status = 'ACTIVE' AND q.has_look_for) ranked
        WHERE n <= $3 ORDER BY array_position($2::text[], competency), n`,
      [org.id, DEMO_COMPETENCIES, QUESTIONS_PER_SECTION],
    );
    if (picks.length === 0) return { created: false };
    const users = await db.query<Array<{ id: string; email: string }>>(
      `SELECT id, lower(email) AS email FROM users WHERE lower(email) = ANY($1::text[])`,
      [DEMO_USERS.map((user) => user.email.toLowerCase())],
    );
    const userId = (role: string) => users.find((user) => user.email === emailOf(role).toLowerCase())?.id;
    const ratingScale = defaultRatingScale(4);
    const competencies = DEMO_COMPETENCIES.filter((competency) => picks.some((pick) => pick.competency === competency)).slice(0, SECTIONS);
    const sections = competencies.map((competency) => ({
      competency,
      title: '',
      questions: picks
        .filter((pick) => pick.competency === competency)
        .map((pick) => ({ questionId: pick.questionId, revisionId: pick.revisionId, plannedMinutes: 7 })),
    }));
    const kit = {
      title: 'Backend technical round',
      roleName: 'Senior Backend Engineer',
      interviewMinutes: 45,
      notes: 'Demo kit built from the seed bank.',
      ratingScale,
      competencyWeights: [{ competency: 'architecture', weight: 2 }],
    };
    const [{ id: kitId }] = await db.query<Array<{ id: string }>>(
      `INSERT INTO kits (organization_id, role_name, title, interview_minutes, notes, rating_scale, competency_weights, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        org.id,
        kit.roleName,
        kit.title,
        kit.interviewMinutes,
        kit.notes,
        JSON.stringify(ratingScale),
        JSON.stringify(kit.competencyWeights),
        userId('HIRING_MANAGER'),
      ],
    );
    for (const [position, section] of sections.entries()) {
      const [{ id: sectionId }] = await db.query<Array<{ id: string }>>(
        `INSERT INTO kit_sections (kit_id, position, competency) VALUES ($1, $2, $3) RETURNING id`,
        [kitId, position, section.competency],
      );
      for (const [index, question] of section.questions.entries()) {
        await db.query(
          `INSERT INTO kit_questions (kit_id, section_id, position, question_id, question_revision_id, planned_minutes) VALUES ($1, $2, $3, $4, $5, $6)`,
          [kitId, sectionId, index, question.questionId, question.revisionId, question.plannedMinutes],
        );
      }
    }
    const [job] = await db.query<Array<{ id: string }>>(
      `INSERT INTO jobs (organization_id, title, team, hiring_manager_id, created_by) VALUES ($1, 'Senior Backend Engineer', 'Platform', $2, $3) RETURNING id`,
      [org.id, userId('HIRING_MANAGER'), userId('RECRUITER')],
    );
    const [round] = await db.query<Array<{ id: string }>>(
      `INSERT INTO job_rounds (job_id, position, name, kit_id) VALUES ($1, 0, 'Technical', $2) RETURNING id`,
      [job.id, kitId],
    );
    const snapshot = JSON.stringify({ kitId, ...kit, sections });
    for (const candidate of DEMO_CANDIDATES) {
      const [{ id: candidateId }] = await db.query<Array<{ id: string }>>(
        `INSERT INTO candidates (organization_id, name, email, created_by) VALUES ($1, $2, $3, $4) RETURNING id`,
        [org.id, candidate.name, candidate.email, userId('RECRUITER')],
      );
      const [{ id: loopId }] = await db.query<Array<{ id: string }>>(
        `INSERT INTO interview_loops (organization_id, job_id, candidate_id) VALUES ($1, $2, $3) RETURNING id`,
        [org.id, job.id, candidateId],
      );
      const [{ id: interviewId }] = await db.query<Array<{ id: string }>>(
        `INSERT INTO interviews (organization_id, loop_id, round_id, kit_id, kit_snapshot, scheduled_at, duration_minutes)
         VALUES ($1, $2, $3, $4, $5, date_trunc('hour', now()) + make_interval(hours => $6), 45) RETURNING id`,
        [org.id, loopId, round.id, kitId, snapshot, candidate.inHours],
      );
      await db.query(
        `INSERT INTO scorecards (organization_id, interview_id, candidate_id, interviewer_id) SELECT $1, $2, $3, unnest($4::uuid[])`,
        [org.id, interviewId, candidateId, [userId('INTERVIEWER'), userId('HIRING_MANAGER')]],
      );
    }
    return { created: true };
  });
}
