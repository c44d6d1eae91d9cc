import { execute, first, rows, sql, type Queryable } from '../common/database/typed-sql';
import type {
  ExportAuditRow,
  ExportCandidateRow,
  ExportDecisionRow,
  ExportInterviewRow,
  ExportLoopRow,
  ExportRevisionRow,
  ExportScorecardRow,
} from './candidate-export.document';
import type {
  IBlankDecisionRationalesQuery,
  IBlankScorecardAnswerNotesQuery,
  IBlankScorecardRevisionsQuery,
  IBlankScorecardSummariesQuery,
  IClearErasureCandidateQuery,
  IExportAuditEventsQuery,
  IExportCandidateQuery,
  IExportDecisionsQuery,
  IExportInterviewsQuery,
  IExportLoopsQuery,
  IExportRevisionsQuery,
  IExportScorecardsQuery,
  ILockCandidateQuery,
  ILockRetentionRunQuery,
  IReleaseRetentionSavepointQuery,
  IRetentionMonthsQuery,
  IRollbackToRetentionSavepointQuery,
  IScrubAuditDetailsQuery,
  ISelectDueForErasureQuery,
  ISetErasureCandidateQuery,
  ISetRetentionMonthsQuery,
  IRetentionSavepointQuery,
  ITombstoneCandidateQuery,
  Json,
} from './candidate-data.repository.types';

// ---- erasure ----

/** The candidate row as erasure needs it, read under a row lock. */
export interface LockedCandidate {
  id: string;
  organizationId: string;
  name: string;
  email: string;
  links: string[];
  erasedAt: Date | null;
}

const lockCandidate = sql<ILockCandidateQuery>`
  SELECT id, organization_id AS "organizationId", name, email, links, erased_at AS "erasedAt" FROM candidates
   WHERE id = $candidateId! AND ($organizationId::uuid IS NULL OR organization_id = $organizationId) FOR UPDATE`;

/** The candidate (in the organization, when given), locked until the transaction ends. */
export async function lockCandidateRow(db: Queryable, organizationId: string | null, candidateId: string): Promise<LockedCandidate | null> {
  return (await first(db, lockCandidate, { candidateId, organizationId })) ?? null;
}

/** Opens the append-only tables' blanking path for this candidate, until the transaction ends or it is closed. */
const setErasureCandidate = sql<ISetErasureCandidateQuery>`SELECT set_config('panelist.erasure', $candidateId!, true)`;

const clearErasureCandidate = sql<IClearErasureCandidateQuery>`SELECT set_config('panelist.erasure', '', true)`;

export async function openErasure(db: Queryable, candidateId: string): Promise<void> {
  await execute(db, setErasureCandidate, { candidateId });
}

export async function closeErasure(db: Queryable): Promise<void> {
  await execute(db, clearErasureCandidate, undefined);
}

const tombstoneCandidate = sql<ITombstoneCandidateQuery>`
  UPDATE candidates SET name = $name!, email = $email!, links = '{}', erased_at = coalesce(erased_at, now()), version = version + 1, updated_at = now()
   WHERE id = $candidateId! AND (name, email, links, erased_at IS NULL) IS DISTINCT FROM ($name!, $email!, '{}'::text[], false)
   RETURNING erased_at AS "erasedAt!"`;

/** The tombstone's name and email in place of the candidate's; no row when they already were. */
export function tombstone(db: Queryable, candidateId: string, name: string, email: string): Promise<Array<{ erasedAt: Date }>> {
  return rows(db, tombstoneCandidate, { candidateId, name, email });
}

// The version moves so a draft still open in someone's tab cannot save the old text back.
const blankScorecardSummaries = sql<IBlankScorecardSummariesQuery>`
  UPDATE scorecards s SET summary = '', version = version + 1
   WHERE s.candidate_id = $candidateId! AND (s.summary <> '' OR EXISTS (SELECT 1 FROM scorecard_answers a WHERE a.scorecard_id = s.id AND a.notes <> ''))`;

const blankScorecardAnswerNotes = sql<IBlankScorecardAnswerNotesQuery>`
  UPDATE scorecard_answers a SET notes = '' FROM scorecards s WHERE s.id = a.scorecard_id AND s.candidate_id = $candidateId! AND a.notes <> ''`;

const blankScorecardRevisions = sql<IBlankScorecardRevisionsQuery>`
  UPDATE scorecard_revisions v SET reason = '', content = scorecard_content_without_text(v.content)
    FROM scorecards s WHERE s.id = v.scorecard_id AND s.candidate_id = $candidateId!
     AND (v.reason <> '' OR v.content <> scorecard_content_without_text(v.content))`;

const blankDecisionRationales = sql<IBlankDecisionRationalesQuery>`
  UPDATE hiring_decisions d SET rationale = '' FROM interview_loops l WHERE l.id = d.loop_id AND l.candidate_id = $candidateId! AND d.rationale <> ''`;

/** Blanks the summaries of the candidate's scorecards (and bumps their version); how many. */
export function blankScorecardSummariesOf(db: Queryable, candidateId: string): Promise<number> {
  return execute(db, blankScorecardSummaries, { candidateId });
}

export function blankAnswerNotesOf(db: Queryable, candidateId: string): Promise<number> {
  return execute(db, blankScorecardAnswerNotes, { candidateId });
}

export function blankRevisionsOf(db: Queryable, candidateId: string): Promise<number> {
  return execute(db, blankScorecardRevisions, { candidateId });
}

export function blankDecisionRationalesOf(db: Queryable, candidateId: string): Promise<number> {
  return execute(db, blankDecisionRationales, { candidateId });
}

/**
 * Blanks the values of audit details (in the organization) that name the candidate: their email
 * or a link anywhere in the value (`$needles`, lower case), or their full name as whole words
 * (`$namePattern`); arrays count when any element does. `$prefilter` is a cheap regular expression
 * over the details' text form that keeps it to the events that may match.
 */
const scrubAuditDetails = sql<IScrubAuditDetailsQuery>`
  WITH scrubbed AS (
    SELECT e.id, jsonb_object_agg(kv.key, CASE WHEN EXISTS (
             SELECT 1 FROM jsonb_array_elements_text(CASE jsonb_typeof(kv.value) WHEN 'array' THEN kv.value ELSE jsonb_build_array(kv.value) END) AS element(text)
              WHERE element.text ~* $namePattern! OR EXISTS (SELECT 1 FROM unnest($needles!::text[]) needle WHERE strpos(lower(element.text), needle) > 0))
           THEN '""'::jsonb ELSE kv.value END) AS details
      FROM audit_events e, jsonb_each(e.details) kv
     WHERE e.organization_id = $organizationId! AND e.details::text ~* $prefilter!
     GROUP BY e.id)
  UPDATE audit_events e SET details = scrubbed.details FROM scrubbed WHERE e.id = scrubbed.id AND e.details <> scrubbed.details`;

export function scrubAuditDetailsNaming(
  db: Queryable,
  organizationId: string,
  needles: string[],
  namePattern: string,
  prefilter: string,
): Promise<number> {
  return execute(db, scrubAuditDetails, { organizationId, needles, namePattern, prefilter });
}

// ---- export: every statement is keyed by the one candidate, nothing of anyone else can be selected ----

const exportCandidate = sql<IExportCandidateQuery>`
  SELECT c.id, o.name AS "organizationName", c.name, c.email, c.links, c.created_at AS "createdAt", c.updated_at AS "updatedAt", c.erased_at AS "erasedAt"
    FROM candidates c JOIN organizations o ON o.id = c.organization_id WHERE c.id = $candidateId! AND c.organization_id = $organizationId!`;

const exportLoops = sql<IExportLoopsQuery>`
  SELECT l.id, j.id AS "jobId", j.title AS "jobTitle", j.team, l.created_at AS "createdAt"
    FROM interview_loops l JOIN jobs j ON j.id = l.job_id WHERE l.candidate_id = $candidateId! ORDER BY l.created_at, l.id`;

const exportInterviews = sql<IExportInterviewsQuery>`
  SELECT i.id, i.loop_id AS "loopId", i.scheduled_at AS "scheduledAt", i.duration_minutes AS "durationMinutes",
         jr.name AS "round?", i.kit_snapshot->>'title' AS "kit?"
    FROM interviews i JOIN interview_loops l ON l.id = i.loop_id LEFT JOIN job_rounds jr ON jr.id = i.round_id
   WHERE l.candidate_id = $candidateId! ORDER BY i.scheduled_at, i.id`;

/** Each answer with the question as it was asked (the kit snapshot's revision), in kit order. */
const exportScorecards = sql<IExportScorecardsQuery>`
  SELECT s.id, s.interview_id AS "interviewId", u.name AS interviewer, s.status, s.recommendation, s.summary, s.revision,
         s.started_at AS "startedAt", s.submitted_at AS "submittedAt",
         coalesce((SELECT json_agg(json_build_object('questionId', a.question_id, 'question', k.prompt, 'competency', k.competency,
                     'rating', a.rating, 'notAsked', a.not_asked, 'notes', a.notes) ORDER BY k.position, a.question_id)
                     FROM scorecard_answers a
                     LEFT JOIN LATERAL (
                       SELECT sec->>'competency' AS competency, qr.prompt, sn * 1000 + qn AS position
                         FROM jsonb_array_elements(i.kit_snapshot->'sections') WITH ORDINALITY AS x(sec, sn)
                         CROSS JOIN LATERAL jsonb_array_elements(sec->'questions') WITH ORDINALITY AS y(q, qn)
                         LEFT JOIN question_revisions qr ON qr.id::text = q->>'revisionId'
                        WHERE q->>'questionId' = a.question_id::text LIMIT 1) k ON true
                    WHERE a.scorecard_id = s.id), '[]') AS "answers!",
         coalesce((SELECT json_agg(json_build_object('competency', r.competency, 'rating', r.rating) ORDER BY r.competency)
                     FROM scorecard_competency_ratings r WHERE r.scorecard_id = s.id), '[]') AS "competencyRatings!"
    FROM scorecards s JOIN interviews i ON i.id = s.interview_id JOIN users u ON u.id = s.interviewer_id
   WHERE s.candidate_id = $candidateId! ORDER BY u.name, s.id`;

const exportRevisions = sql<IExportRevisionsQuery>`
  SELECT v.scorecard_id AS "scorecardId", v.revision, v.reason, v.content, u.name AS "createdBy?", v.created_at AS "createdAt"
    FROM scorecard_revisions v JOIN scorecards s ON s.id = v.scorecard_id LEFT JOIN users u ON u.id = v.created_by
   WHERE s.candidate_id = $candidateId! ORDER BY v.scorecard_id, v.revision`;

const exportDecisions = sql<IExportDecisionsQuery>`
  SELECT d.loop_id AS "loopId", d.decision, d.rationale, d.decided_by_name AS "decidedBy", d.decided_at AS "decidedAt"
    FROM hiring_decisions d JOIN interview_loops l ON l.id = d.loop_id WHERE l.candidate_id = $candidateId! ORDER BY d.decided_at, d.id`;

/** Events whose target is the candidate, one of their loops, interviews or scorecards; actors by name. */
const exportAuditEvents = sql<IExportAuditEventsQuery>`
  SELECT e.occurred_at AS "occurredAt", coalesce(u.name, e.actor_label) AS "actor!", e.action, e.target_type AS "targetType!",
         e.target_id AS "targetId!", e.details
    FROM audit_events e LEFT JOIN users u ON u.id = e.actor_id
   WHERE e.organization_id = $organizationId! AND (
         (e.target_type = 'candidate' AND e.target_id = $candidateId!::uuid::text)
      OR (e.target_type = 'loop' AND e.target_id IN (SELECT id::text FROM interview_loops WHERE candidate_id = $candidateId!::uuid))
      OR (e.target_type = 'interview' AND e.target_id IN (SELECT i.id::text FROM interviews i JOIN interview_loops l ON l.id = i.loop_id WHERE l.candidate_id = $candidateId!::uuid))
      OR (e.target_type = 'scorecard' AND e.target_id IN (SELECT id::text FROM scorecards WHERE candidate_id = $candidateId!::uuid)))
   ORDER BY e.occurred_at, e.id`;

/** scorecard answers as exportScorecards builds them with json_build_object. */
function answersOf(json: Json): ExportScorecardRow['answers'] {
  return Array.isArray(json) ? (json as unknown as ExportScorecardRow['answers']) : [];
}

function competencyRatingsOf(json: Json): ExportScorecardRow['competencyRatings'] {
  return Array.isArray(json) ? (json as unknown as ExportScorecardRow['competencyRatings']) : [];
}

/** audit_events.details is always a JSON object (see AuditService). */
function auditDetailsOf(json: Json): Record<string, unknown> {
  return json !== null && typeof json === 'object' && !Array.isArray(json) ? json : {};
}

export async function exportCandidateRow(
  db: Queryable,
  organizationId: string,
  candidateId: string,
): Promise<ExportCandidateRow | undefined> {
  return first(db, exportCandidate, { candidateId, organizationId });
}

export function exportLoopRows(db: Queryable, candidateId: string): Promise<ExportLoopRow[]> {
  return rows(db, exportLoops, { candidateId });
}

export function exportInterviewRows(db: Queryable, candidateId: string): Promise<ExportInterviewRow[]> {
  return rows(db, exportInterviews, { candidateId });
}

export async function exportScorecardRows(db: Queryable, candidateId: string): Promise<ExportScorecardRow[]> {
  return (await rows(db, exportScorecards, { candidateId })).map((row) => ({
    ...row,
    answers: answersOf(row.answers),
    competencyRatings: competencyRatingsOf(row.competencyRatings),
  }));
}

export function exportRevisionRows(db: Queryable, candidateId: string): Promise<ExportRevisionRow[]> {
  return rows(db, exportRevisions, { candidateId });
}

export function exportDecisionRows(db: Queryable, candidateId: string): Promise<ExportDecisionRow[]> {
  return rows(db, exportDecisions, { candidateId });
}

export async function exportAuditRows(db: Queryable, organizationId: string, candidateId: string): Promise<ExportAuditRow[]> {
  return (await rows(db, exportAuditEvents, { candidateId, organizationId })).map((row) => ({
    ...row,
    details: auditDetailsOf(row.details),
  }));
}

// ---- retention ----

const retentionMonths = sql<IRetentionMonthsQuery>`SELECT candidate_retention_months AS months FROM organizations WHERE id = $organizationId!`;

/** The organization's retention in months; null keeps candidates until erased by hand. */
export async function retentionMonthsOf(db: Queryable, organizationId: string): Promise<number | null> {
  return (await first(db, retentionMonths, { organizationId }))?.months ?? null;
}

const setRetentionMonths = sql<ISetRetentionMonthsQuery>`
  UPDATE organizations o SET candidate_retention_months = $months, updated_at = now()
    FROM (SELECT candidate_retention_months AS previous FROM organizations WHERE id = $organizationId! FOR UPDATE) old
   WHERE o.id = $organizationId! RETURNING old.previous`;

/** Sets the retention; answers the previous one. */
export async function setRetentionMonthsOf(db: Queryable, organizationId: string, months: number | null): Promise<number | null> {
  return (await first(db, setRetentionMonths, { organizationId, months }))?.previous ?? null;
}

/**
 * Who is due, oldest decision first, at most `$limit` per organization (`$organizationId` one
 * organization, or all): candidates, not yet erased, whose last hiring decision is older than their
 * organization's retention. Someone with a loop started or an interview scheduled after that
 * decision is in process again, and waits for their next decision.
 */
const selectDueForErasure = sql<ISelectDueForErasureQuery>`
  WITH last AS (
      SELECT DISTINCT ON (l.candidate_id) l.candidate_id, d.decision, d.decided_at
        FROM hiring_decisions d JOIN interview_loops l ON l.id = d.loop_id JOIN organizations o ON o.id = d.organization_id
       WHERE o.candidate_retention_months IS NOT NULL AND ($organizationId::uuid IS NULL OR d.organization_id = $organizationId)
       ORDER BY l.candidate_id, d.decided_at DESC, d.id DESC),
    due AS (
      SELECT c.id AS "candidateId", c.organization_id AS "organizationId", c.name, last.decision AS "lastDecision", last.decided_at AS "lastDecisionAt",
             last.decided_at + make_interval(months => o.candidate_retention_months) AS "dueSince", o.candidate_retention_months AS "retentionMonths",
             row_number() OVER (PARTITION BY c.organization_id ORDER BY last.decided_at, c.id) AS position
        FROM last JOIN candidates c ON c.id = last.candidate_id JOIN organizations o ON o.id = c.organization_id
       WHERE c.erased_at IS NULL AND last.decided_at + make_interval(months => o.candidate_retention_months) <= now()
         AND NOT EXISTS (SELECT 1 FROM interview_loops nl WHERE nl.candidate_id = c.id AND nl.created_at > last.decided_at)
         AND NOT EXISTS (SELECT 1 FROM interviews ni JOIN interview_loops nl ON nl.id = ni.loop_id WHERE nl.candidate_id = c.id AND ni.scheduled_at > last.decided_at))
  SELECT "candidateId" AS "candidateId!", "organizationId" AS "organizationId!", name AS "name!", "lastDecision" AS "lastDecision!",
         "lastDecisionAt" AS "lastDecisionAt!", "dueSince" AS "dueSince!", "retentionMonths" AS "retentionMonths!"
    FROM due WHERE position <= $limit! ORDER BY "organizationId", position`;

/** Who retention erases next (see selectDueForErasure); `organizationId` null for every organization. */
export function dueForErasure(db: Queryable, organizationId: string | null, limit: number) {
  return rows(db, selectDueForErasure, { organizationId, limit });
}

const lockRetentionRun = sql<ILockRetentionRunQuery>`SELECT pg_try_advisory_xact_lock(hashtext('panelist:candidate-retention')) AS "locked!"`;

/** The transaction-level lock that lets one API instance run retention at a time. */
export async function tryLockRetentionRun(db: Queryable): Promise<boolean> {
  return (await first(db, lockRetentionRun, undefined))?.locked ?? false;
}

const retentionSavepoint = sql<IRetentionSavepointQuery>`SAVEPOINT candidate_retention`;
const releaseRetentionSavepoint = sql<IReleaseRetentionSavepointQuery>`RELEASE SAVEPOINT candidate_retention`;
const rollbackToRetentionSavepoint = sql<IRollbackToRetentionSavepointQuery>`ROLLBACK TO SAVEPOINT candidate_retention`;

/** One candidate's erasure inside the run: a savepoint, released or rolled back to. */
export async function beginRetentionStep(db: Queryable): Promise<void> {
  await execute(db, retentionSavepoint, undefined);
}

export async function releaseRetentionStep(db: Queryable): Promise<void> {
  await execute(db, releaseRetentionSavepoint, undefined);
}

export async function rollbackRetentionStep(db: Queryable): Promise<void> {
  await execute(db, rollbackToRetentionSavepoint, undefined);
}
