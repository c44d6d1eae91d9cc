import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/auth/principal';
import { AppError } from '../common/errors/app-error';
import {
  exportDocument,
  type ExportAuditRow,
  type ExportCandidateRow,
  type ExportDecisionRow,
  type ExportInterviewRow,
  type ExportLoopRow,
  type ExportRevisionRow,
  type ExportRows,
  type ExportScorecardRow,
} from './candidate-export.document';
import type { CandidateExportFileDto } from './dtos/candidate-export-file.dto';

// Every statement below is keyed by the one candidate ($1): nothing of anyone else can be selected.

const CANDIDATE_SQL = `SELECT c.id, o.name AS "organizationName", c.name, c.email, c.links, c.created_at AS "createdAt", c.updated_at AS "updatedAt", c.erased_at AS "erasedAt"
  FROM candidates c JOIN organizations o ON o.id = c.organization_id WHERE c.id = $1 AND c.organization_id = $2`;

const LOOPS_SQL = `SELECT l.id, j.id AS "jobId", j.title AS "jobTitle", j.team, l.created_at AS "createdAt"
  FROM interview_loops l JOIN jobs j ON j.id = l.job_id WHERE l.candidate_id = $1 ORDER BY l.created_at, l.id`;

const INTERVIEWS_SQL = `SELECT i.id, i.loop_id AS "loopId", i.scheduled_at AS "scheduledAt", i.duration_minutes AS "durationMinutes",
       jr.name AS round, i.kit_snapshot->>'title' AS kit
  FROM interviews i JOIN interview_loops l ON l.id = i.loop_id LEFT JOIN job_rounds jr ON jr.id = i.round_id
 WHERE l.candidate_id = $1 ORDER BY i.scheduled_at, i.id`;

/** Each answer with the question as it was asked (the kit snapshot's revision), in kit order. */
const SCORECARDS_SQL = `SELECT s.id, s.interview_id AS "interviewId", u.name AS interviewer, s.status, s.recommendation, s.summary, s.revision,
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
                  WHERE a.scorecard_id = s.id), '[]') AS answers,
       coalesce((SELECT json_agg(json_build_object('competency', r.competency, 'rating', r.rating) ORDER BY r.competency)
                   FROM scorecard_competency_ratings r WHERE r.scorecard_id = s.id), '[]') AS "competencyRatings"
  FROM scorecards s JOIN interviews i ON i.id = s.interview_id JOIN users u ON u.id = s.interviewer_id
 WHERE s.candidate_id = $1 ORDER BY u.name, s.id`;

const REVISIONS_SQL = `SELECT v.scorecard_id AS "scorecardId", v.revision, v.reason, v.content, u.name AS "createdBy", v.created_at AS "createdAt"
  FROM scorecard_revisions v JOIN scorecards s ON s.id = v.scorecard_id LEFT JOIN users u ON u.id = v.created_by
 WHERE s.candidate_id = $1 ORDER BY v.scorecard_id, v.revision`;

const DECISIONS_SQL = `SELECT d.loop_id AS "loopId", d.decision, d.rationale, d.decided_by_name AS "decidedBy", d.decided_at AS "decidedAt"
  FROM hiring_decisions d JOIN interview_loops l ON l.id = d.loop_id WHERE l.candidate_id = $1 ORDER BY d.decided_at, d.id`;

/** Events whose target is the candidate, one of their loops, interviews or scorecards; actors by name. */
const AUDIT_SQL = `SELECT e.occurred_at AS "occurredAt", coalesce(u.name, e.actor_label) AS actor, e.action, e.target_type AS "targetType", e.target_id AS "targetId", e.details
  FROM audit_events e LEFT JOIN users u ON u.id = e.actor_id
 WHERE e.organization_id = $2 AND (
       (e.target_type = 'candidate' AND e.target_id = $1::uuid::text)
    OR (e.target_type = 'loop' AND e.target_id IN (SELECT id::text FROM interview_loops WHERE candidate_id = $1::uuid))
    OR (e.target_type = 'interview' AND e.target_id IN (SELECT i.id::text FROM interviews i JOIN interview_loops l ON l.id = i.loop_id WHERE l.candidate_id = $1::uuid))
    OR (e.target_type = 'scorecard' AND e.target_id IN (SELECT id::text FROM scorecards WHERE candidate_id = $1::uuid)))
 ORDER BY e.occurred_at, e.id`;

/**
 * Export (GDPR articles 15 and 20): everything about one candidate as one JSON document, read in a
 * fixed number of statements from one snapshot, and recorded in the trail.
 */
@Injectable()
export class CandidateExportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  export(principal: Principal, candidateId: string): Promise<CandidateExportFileDto> {
    return this.db.transaction('REPEATABLE READ', async (db) => {
      const rows = await this.load(db, principal.organizationId, candidateId);
      await this.audit.record(
        {
          organizationId: principal.organizationId,
          actorId: principal.userId,
          action: 'candidate.exported',
          target: { type: 'candidate', id: candidateId },
        },
        db,
      );
      const exportedAt = new Date();
      return {
        fileName: `candidate-${candidateId.slice(0, 8)}-${exportedAt.toISOString().slice(0, 10)}.json`,
        content: `${JSON.stringify(exportDocument(rows, exportedAt), null, 2)}\n`,
      };
    });
  }

  private async load(db: EntityManager, organizationId: string, candidateId: string): Promise<ExportRows> {
    const [candidate] = await db.query<ExportCandidateRow[]>(CANDIDATE_SQL, [candidateId, organizationId]);
    if (!candidate) throw AppError.notFound('That candidate', 'candidateId');
    const byCandidate = [candidateId];
    return {
      candidate,
      loops: await db.query<ExportLoopRow[]>(LOOPS_SQL, byCandidate),
      interviews: await db.query<ExportInterviewRow[]>(INTERVIEWS_SQL, byCandidate),
      scorecards: await db.query<ExportScorecardRow[]>(SCORECARDS_SQL, byCandidate),
      revisions: await db.query<ExportRevisionRow[]>(REVISIONS_SQL, byCandidate),
      decisions: await db.query<ExportDecisionRow[]>(DECISIONS_SQL, byCandidate),
      auditEvents: await db.query<ExportAuditRow[]>(AUDIT_SQL, [candidateId, organizationId]),
    };
  }
}
