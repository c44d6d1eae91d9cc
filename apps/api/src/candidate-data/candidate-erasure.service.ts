import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/auth/principal';
import { AppError } from '../common/errors/app-error';
import type { EraseCandidateInput } from './dtos/erase-candidate.input';
import type { ErasedCandidateDto } from './dtos/erased-candidate.dto';
import * as candidateData from './candidate-data.repository';
import type { LockedCandidate } from './candidate-data.repository';
import { sameName, tombstoneEmail, tombstoneName, wholeNamePattern } from './tombstone';

/** Who erases: an admin (their id) or the retention job (with why, for the trail). */
export type ErasedBy = { kind: 'admin'; actorId: string } | { kind: 'retention'; details: Record<string, string | number> };

const JSON_STRING_ESCAPES = /[.*+?^${}()|[\]\\]/g;

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
  lock(db: EntityManager, organizationId: string | null, candidateId: string): Promise<LockedCandidate | null> {
    return candidateData.lockCandidateRow(db, organizationId, candidateId);
  }

  /**
   * The one erasure path (admins and the retention job), inside the caller's transaction with the
   * candidate locked. Idempotent: a second run finds nothing left to blank and records nothing.
   */
  async eraseLocked(db: EntityManager, candidate: LockedCandidate, by: ErasedBy): Promise<ErasedCandidateDto> {
    const id = candidate.id;
    await candidateData.openErasure(db, id);
    const tombstoned = await candidateData.tombstone(db, id, tombstoneName(id), tombstoneEmail(id));
    const scorecardsBlanked = await candidateData.blankScorecardSummariesOf(db, id);
    const answersBlanked = await candidateData.blankAnswerNotesOf(db, id);
    const revisionsBlanked = await candidateData.blankRevisionsOf(db, id);
    const decisionsBlanked = await candidateData.blankDecisionRationalesOf(db, id);
    const auditEventsScrubbed = await this.scrubAuditDetails(db, candidate);
    // Closes the erasure path again for whatever else the caller's transaction does.
    await candidateData.closeErasure(db);
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
    return candidateData.scrubAuditDetailsNaming(db, candidate.organizationId, needles, wholeNamePattern(candidate.name), prefilter);
  }
}
