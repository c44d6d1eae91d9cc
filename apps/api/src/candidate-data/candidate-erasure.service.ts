import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/auth/principal';
import { AppError } from '../common/errors/app-error';
import type { EraseCandidateInput } from './dtos/erase-candidate.input';
import type { ErasedCandidateDto } from './dtos/erased-candidate.dto';
import { sameName, tombstoneEmail, tombstoneName, wholeNamePattern } from './tombstone';

/** The candidate row as erasure needs it, read under a row lock. */
export interface LockedCandidate {
  id: string;
  organizationId: string;
  name: string;
  email: string;
  links: string[];
  erasedAt: Date | null;
}

/** Who erases: an admin (their id) or the retention job (with why, for the trail). */
export type ErasedBy = { kind: 'admin'; actorId: string } | { kind: 'retention'; details: Record<string, string | number> };

const JSON_STRING_ESCAPES = /[.*+?^${}()|[\]\\]/g;

/**
 * Values of an audit event's details that name the candidate: their email or a link anywhere in
 * the value, or their full name as whole words; arrays count when any element does. `$2` needles
 * (lower case), `$3` the name pattern.
 */
const MENTIONS_CANDIDATE = `EXISTS (
  SELECT 1 FROM jsonb_array_elements_text(CASE jsonb_typeof(kv.value) WHEN 'array' THEN kv.value ELSE jsonb_build_array(kv.value) END) AS element(text)
   WHERE element.text ~* $3 OR EXISTS (SELECT 1 FROM unnest($2::text[]) needle WHERE strpos(lower(element.text), needle) > 0))`;

/**
 * Erasure (GDPR article 17): in one transaction the candidate's name, email and links become a
 * tombstone and every free text written about them (notes, summaries, amendment reasons, decision
 * rationales, audit details naming them) becomes ''. Numbers, statuses, dates and outcomes stay, so
 * interviewers' calibration and panel reliability do not move. The append-only tables accept these
 * blanking updates only for the candidate named in `panelist.erasure` (see the migration).
 */
@Injectable()
export class CandidateErasureService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  erase(principal: Principal, input: EraseCandidateInput): Promise<ErasedCandidateDto> {
    return this.db.transaction(async (db) => {
      const candidate = await this.lock(db, principal.organizationId, input.candidateId);
      if (!candidate) throw AppError.notFound('That candidate', 'candidateId');
      if (!sameName(input.confirmName, candidate.name)) {
        // The message does not repeat the name: error messages may end up in logs.
        throw AppError.badInput('confirmName', 'Type the candidate’s name exactly as shown to confirm the erasure.');
      }
      return this.eraseLocked(db, candidate, { kind: 'admin', actorId: principal.userId });
    });
  }

  /** The candidate, locked until the transaction ends so erasures of one person run one at a time. */
  async lock(db: EntityManager, organizationId: string | null, candidateId: string): Promise<LockedCandidate | null> {
    const [candidate] = await db.query<LockedCandidate[]>(
      `SELECT id, organization_id AS "organizationId", name, email, links, erased_at AS "erasedAt" FROM candidates
        WHERE id = $1 AND ($2::uuid IS NULL OR organization_id = $2) FOR UPDATE`,
      [candidateId, organizationId],
    );
    return candidate ?? null;
  }

  /**
   * The one erasure path (admins and the retention job), inside the caller's transaction with the
   * candidate locked. Idempotent: a second run finds nothing left to blank and records nothing.
   */
  async eraseLocked(db: EntityManager, candidate: LockedCandidate, by: ErasedBy): Promise<ErasedCandidateDto> {
    const id = candidate.id;
    await db.query(`SELECT set_config('panelist.erasure', $1, true)`, [id]);
    const [tombstoned] = await db.query<[Array<{ erasedAt: Date }>, number]>(
      `UPDATE candidates SET name = $2, email = $3, links = '{}', erased_at = coalesce(erased_at, now()), version = version + 1, updated_at = now()
        WHERE id = $1 AND (name, email, links, erased_at IS NULL) IS DISTINCT FROM ($2, $3, '{}'::text[], false)
        RETURNING erased_at AS "erasedAt"`,
      [id, tombstoneName(id), tombstoneEmail(id)],
    );
    // The version moves so a draft still open in someone's tab cannot save the old text back.
    const [, scorecardsBlanked] = await db.query<[unknown[], number]>(
      `UPDATE scorecards s SET summary = '', version = version + 1
        WHERE s.candidate_id = $1 AND (s.summary <> '' OR EXISTS (SELECT 1 FROM scorecard_answers a WHERE a.scorecard_id = s.id AND a.notes <> ''))`,
      [id],
    );
    const [, answersBlanked] = await db.query<[unknown[], number]>(
      `UPDATE scorecard_answers a SET notes = '' FROM scorecards s WHERE s.id = a.scorecard_id AND s.candidate_id = $1 AND a.notes <> ''`,
      [id],
    );
    const [, revisionsBlanked] = await db.query<[unknown[], number]>(
      `UPDATE scorecard_revisions v SET reason = '', content = scorecard_content_without_text(v.content)
         FROM scorecards s WHERE s.id = v.scorecard_id AND s.candidate_id = $1
          AND (v.reason <> '' OR v.content <> scorecard_content_without_text(v.content))`,
      [id],
    );
    const [, decisionsBlanked] = await db.query<[unknown[], number]>(
      `UPDATE hiring_decisions d SET rationale = '' FROM interview_loops l WHERE l.id = d.loop_id AND l.candidate_id = $1 AND d.rationale <> ''`,
      [id],
    );
    const auditEventsScrubbed = await this.scrubAuditDetails(db, candidate);
    // Closes the erasure path again for whatever else the caller's transaction does.
    await db.query(`SELECT set_config('panelist.erasure', '', true)`);
    const counts = { scorecardsBlanked, answersBlanked, revisionsBlanked, decisionsBlanked, auditEventsScrubbed };
    const alreadyErased = candidate.erasedAt !== null;
    const changed = tombstoned.length > 0 || Object.values(counts).some((count) => count > 0);
    if (changed) {
      await this.audit.record(
        {
          organizationId: candidate.organizationId,
          ...(by.kind === 'admin' ? { actorId: by.actorId } : { actorLabel: 'retention job' }),
          action: 'candidate.erased',
          target: { type: 'candidate', id },
          // Counts only: the trail keeps that someone was erased, never who they were.
          details: { by: by.kind, ...(by.kind === 'retention' ? by.details : {}), ...counts },
        },
        db,
      );
    }
    return {
      candidateId: id,
      name: tombstoneName(id),
      erasedAt: tombstoned[0]?.erasedAt ?? (candidate.erasedAt as Date),
      alreadyErased,
      ...counts,
    };
  }

  /**
   * Blanks the values of audit details (in the candidate's organization) that name them. Nothing
   * the API records today puts a candidate's name or email there; this keeps it so for anything
   * that ever does. The cheap text prefilter keeps it to the events that may match.
   */
  private async scrubAuditDetails(db: EntityManager, candidate: LockedCandidate): Promise<number> {
    if (candidate.erasedAt) return 0; // the tombstone names nobody: what named them was scrubbed then
    const needles = [candidate.email, ...candidate.links].map((text) => text.trim().toLowerCase()).filter((text) => text.length >= 3);
    // jsonb's text form escapes like JSON.stringify, so the prefilter looks for the escaped forms.
    const prefilter = [candidate.name, ...needles]
      .map((text) => JSON.stringify(text.trim()).slice(1, -1).replace(JSON_STRING_ESCAPES, '\\$&'))
      .join('|');
    const [, scrubbed] = await db.query<[unknown[], number]>(
      `WITH scrubbed AS (
         SELECT e.id, jsonb_object_agg(kv.key, CASE WHEN ${MENTIONS_CANDIDATE} THEN '""'::jsonb ELSE kv.value END) AS details
           FROM audit_events e, jsonb_each(e.details) kv
          WHERE e.organization_id = $1 AND e.details::text ~* $4
          GROUP BY e.id)
       UPDATE audit_events e SET details = scrubbed.details FROM scrubbed WHERE e.id = scrubbed.id AND e.details <> scrubbed.details`,
      [candidate.organizationId, needles, wholeNamePattern(candidate.name), prefilter],
    );
    return scrubbed;
  }
}
