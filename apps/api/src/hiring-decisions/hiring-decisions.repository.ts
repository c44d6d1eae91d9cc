import { first, rows, sql, type Queryable } from '../common/database/typed-sql';
import type { IFindDecisionLoopQuery, IInsertHiringDecisionQuery, hiring_decision } from './hiring-decisions.repository.types';

/** Who may decide on a loop, and whether `userId` still owes a scorecard for its candidate. */
const findDecisionLoop = sql<IFindDecisionLoopQuery>`
  SELECT j.hiring_manager_id AS "hiringManagerId",
         EXISTS (SELECT 1 FROM scorecards s WHERE s.interviewer_id = $userId! AND s.candidate_id = l.candidate_id AND s.status <> 'SUBMITTED') AS "owesScorecard!"
    FROM interview_loops l JOIN jobs j ON j.id = l.job_id WHERE l.organization_id = $organizationId! AND l.id = $loopId!`;

export function findLoop(db: Queryable, organizationId: string, loopId: string, userId: string) {
  return first(db, findDecisionLoop, { organizationId, loopId, userId });
}

/** The decider's name is kept with the decision, as it was then. */
const insertHiringDecision = sql<IInsertHiringDecisionQuery>`
  INSERT INTO hiring_decisions (organization_id, loop_id, decision, rationale, decided_by, decided_by_name)
  SELECT $organizationId!, $loopId!, $decision!, $rationale!, u.id, u.name FROM users u WHERE u.id = $userId!
  RETURNING id, loop_id AS "loopId", decision, rationale, decided_by_name AS "decidedByName", decided_at AS "decidedAt"`;

export async function insertDecision(
  db: Queryable,
  decision: { organizationId: string; loopId: string; decision: hiring_decision; rationale: string; userId: string },
) {
  const [row] = await rows(db, insertHiringDecision, decision);
  return row;
}
