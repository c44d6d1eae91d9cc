import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { BANK_EDITORS } from '@panelist/roles';
import {
  answerProblems,
  applyDraftChange,
  competencyRatingProblems,
  finalizeDraft,
  MAX_NOTES_LENGTH,
  mayReadPanelScorecards,
  submitProblems,
  type DraftChange,
  type FieldProblem,
  type ScorecardDraft,
  type ScoringKit,
} from '@panelist/scorecards';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/errors/app-error';
import type { Principal } from '../common/auth/principal';
import type { KitSnapshot } from '@panelist/kits';
import { InterviewsService } from '../interviews/interviews.service';
import type { ScorecardDto, ScorecardRevisionDto } from './dtos/scorecard.dto';
import type { AmendScorecardInput, ScorecardChangeInput } from './dtos/scorecard.input';
import * as repository from './scorecards.repository';
import type { EditableRow, ScorecardRow } from './scorecards.repository';

const LOCKED = () => AppError.conflict('This scorecard was submitted and is locked. Amend it with a reason instead.', 'status');
const STALE = () =>
  AppError.conflict('This scorecard changed in another tab or device since this edit was made. Merge the two and save again.', 'version');

export function scoringKitOf(snapshot: KitSnapshot): ScoringKit {
  return {
    scalePoints: snapshot.ratingScale.length,
    questions: snapshot.sections.flatMap((section) =>
      section.questions.map((q) => ({ questionId: q.questionId, competency: section.competency })),
    ),
  };
}

function throwFirst(problems: FieldProblem[]): void {
  if (problems[0]) throw AppError.badInput(problems[0].field, problems[0].message);
}

function changeOf(input: ScorecardChangeInput): DraftChange {
  return {
    answers: input.answers ?? undefined,
    competencyRatings: input.competencyRatings ?? undefined,
    recommendation: input.recommendation,
    summary: input.summary ?? undefined,
  };
}

const draftOf = (row: ScorecardDto): ScorecardDraft => ({
  answers: row.answers,
  competencyRatings: row.competencyRatings,
  recommendation: row.recommendation,
  summary: row.summary,
});

/**
 * Scorecards: autosaved drafts with optimistic concurrency (the version is checked in the UPDATE),
 * submission that locks, amendments with a reason, and the independence rule on every read.
 */
@Injectable()
export class ScorecardsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly interviews: InterviewsService,
    private readonly audit: AuditService,
  ) {}

  /** A scorecard the viewer may read: their own, or a submitted one once independence allows. */
  async get(principal: Principal, id: string): Promise<ScorecardDto> {
    const row = await repository.find(this.db, principal.organizationId, id);
    if (!row) throw AppError.notFound('That scorecard', 'id');
    if (row.interviewerId === principal.userId) return row;
    const [visible] = await this.visibleAmong(principal, [row]);
    if (!visible)
      throw AppError.forbidden(
        'You can read colleagues’ scorecards for this candidate only once they are submitted and you have submitted your own.',
      );
    return row;
  }

  /** Batch for DataLoader: the viewer's own scorecard on each interview, if they sit on it. */
  async mineOn(principal: Principal, interviewIds: readonly string[]): Promise<Array<ScorecardDto | null>> {
    const rows = await repository.mineOn(this.db, principal.userId, interviewIds);
    return interviewIds.map((id) => rows.find((row) => row.interviewId === id) ?? null);
  }

  /** Batch for DataLoader: the scorecards of each interview the viewer may read (two statements). */
  async readableOn(principal: Principal, interviewIds: readonly string[]): Promise<ScorecardDto[][]> {
    const rows = await repository.submittedOrOwnOn(this.db, principal.organizationId, principal.userId, interviewIds);
    const readable = new Set(await this.visibleAmong(principal, rows));
    return interviewIds.map((id) => rows.filter((row) => row.interviewId === id && readable.has(row)));
  }

  async history(principal: Principal, scorecard: ScorecardDto & { interviewerId?: string }): Promise<ScorecardRevisionDto[]> {
    if (scorecard.interviewerId !== principal.userId && !BANK_EDITORS.includes(principal.role)) {
      throw AppError.forbidden('The revision history is visible to its author, hiring managers and admins.');
    }
    return repository.revisions(this.db, scorecard.id);
  }

  /**
   * Autosave: applies a partial change if `version` is still current; drafts only. One statement
   * when the change is valid (the usual case); when it writes nothing, the checks below run the
   * slow way to answer why (or, if the scorecard changed in between, to save after all).
   */
  async saveDraft(principal: Principal, input: ScorecardChangeInput): Promise<ScorecardDto> {
    const answers = input.answers ?? [];
    // The notes limit counts UTF-16 units like answerProblems, which SQL's char_length does not.
    if (!answers.some((answer) => answer.notes.length > MAX_NOTES_LENGTH)) {
      const saved = await repository.autosaveDraft(this.db, {
        organizationId: principal.organizationId,
        userId: principal.userId,
        id: input.scorecardId,
        version: input.version,
        answers,
        competencyRatings: input.competencyRatings ?? [],
        recommendation: input.recommendation,
        summary: input.summary ?? null,
      });
      if (saved) {
        const { previousStatus, ...scorecard } = saved;
        if (previousStatus === 'PENDING') await this.interviews.publishProgress(principal.organizationId, input.scorecardId);
        return scorecard;
      }
    }
    return this.saveDraftChecked(principal, input);
  }

  private async saveDraftChecked(principal: Principal, input: ScorecardChangeInput): Promise<ScorecardDto> {
    let started = false;
    await this.db.transaction(async (db) => {
      const current = await this.editable(db, principal, input.scorecardId);
      if (current.status === 'SUBMITTED') throw LOCKED();
      const kit = scoringKitOf(current.kitSnapshot);
      throwFirst([...answerProblems(kit, input.answers ?? []), ...competencyRatingProblems(kit, input.competencyRatings ?? [])]);
      const next = applyDraftChange(draftOf(current), changeOf(input));
      const affected = await repository.writeDraft(db, {
        id: current.id,
        version: input.version,
        recommendation: next.recommendation,
        summary: next.summary,
      });
      if (affected !== 1) throw STALE();
      await this.writeContent(db, current.id, { ...next, answers: input.answers ?? [], competencyRatings: input.competencyRatings ?? [] });
      started = current.status === 'PENDING';
    });
    if (started) await this.interviews.publishProgress(principal.organizationId, input.scorecardId);
    return this.get(principal, input.scorecardId);
  }

  /** Submits and locks the scorecard; revision 1 of its history records what was submitted. */
  async submit(principal: Principal, scorecardId: string, version: number): Promise<ScorecardDto> {
    await this.db.transaction(async (db) => {
      const current = await this.editable(db, principal, scorecardId);
      if (current.status === 'SUBMITTED') throw LOCKED();
      if (!current.interviewStarted) {
        throw AppError.conflict(
          `This interview starts at ${current.interviewStartsAt.toISOString()}; a scorecard is submitted once it has started.`,
          'scorecardId',
        );
      }
      await this.writeRevision(db, principal, current, draftOf(current), version, 'Submitted');
      await this.trail(db, principal, 'scorecard.submitted', scorecardId);
    });
    await this.interviews.publishProgress(principal.organizationId, scorecardId);
    return this.get(principal, scorecardId);
  }

  /** Changes a submitted scorecard as a new revision with a reason; earlier revisions stay. */
  async amend(principal: Principal, input: AmendScorecardInput): Promise<ScorecardDto> {
    await this.db.transaction(async (db) => {
      const current = await this.editable(db, principal, input.scorecardId);
      if (current.status !== 'SUBMITTED')
        throw AppError.badInput('scorecardId', 'Only a submitted scorecard is amended; a draft is simply edited.');
      const kit = scoringKitOf(current.kitSnapshot);
      throwFirst([...answerProblems(kit, input.answers ?? []), ...competencyRatingProblems(kit, input.competencyRatings ?? [])]);
      await this.writeRevision(
        db,
        principal,
        current,
        applyDraftChange(draftOf(current), changeOf(input)),
        input.version,
        input.reason.trim(),
      );
      await this.trail(db, principal, 'scorecard.amended', input.scorecardId);
    });
    await this.interviews.publishProgress(principal.organizationId, input.scorecardId);
    return this.get(principal, input.scorecardId);
  }

  /** Ratings, notes and the reason stay out of the trail: it says who submitted or amended what, when. */
  private trail(db: EntityManager, principal: Principal, action: 'scorecard.submitted' | 'scorecard.amended', scorecardId: string) {
    return this.audit.record(
      { organizationId: principal.organizationId, actorId: principal.userId, action, target: { type: 'scorecard', id: scorecardId } },
      db,
    );
  }

  /** Only the scorecard's author writes on it, and only in their organization. */
  private async editable(db: EntityManager, principal: Principal, id: string): Promise<EditableRow> {
    const row = await repository.editable(db, principal.organizationId, id);
    if (!row) throw AppError.notFound('That scorecard', 'scorecardId');
    if (row.interviewerId !== principal.userId) throw AppError.forbidden('Only the interviewer who owns a scorecard can write on it.');
    if (row.candidateErased) throw AppError.conflict('This candidate was erased; nothing more can be recorded about them.', 'scorecardId');
    return row;
  }

  /** Validates and stores the complete scorecard as the next revision, checking `version` in the UPDATE. */
  private async writeRevision(
    db: EntityManager,
    principal: Principal,
    current: EditableRow,
    draft: ScorecardDraft,
    version: number,
    reason: string,
  ) {
    const kit = scoringKitOf(current.kitSnapshot);
    throwFirst(submitProblems(kit, draft));
    const final = finalizeDraft(kit, draft);
    const affected = await repository.writeSubmitted(db, {
      id: current.id,
      version,
      recommendation: final.recommendation,
      summary: final.summary,
    });
    if (affected !== 1) throw STALE();
    await this.writeContent(db, current.id, final);
    await repository.recordRevision(db, { id: current.id, reason, content: final, createdBy: principal.userId });
  }

  /** Upserts the given answers and competency ratings (whole rows) in two statements. */
  private async writeContent(db: EntityManager, scorecardId: string, content: Pick<ScorecardDraft, 'answers' | 'competencyRatings'>) {
    if (content.answers.length) {
      await repository.upsertAnswerRows(db, scorecardId, content.answers);
    }
    if (content.competencyRatings.length) {
      await repository.upsertCompetencyRatingRows(db, scorecardId, content.competencyRatings);
    }
  }

  /** The rows (of any candidates) this viewer may read, applying independence per candidate. */
  private async visibleAmong(principal: Principal, rows: ScorecardRow[]): Promise<ScorecardRow[]> {
    const candidateIds = [...new Set(rows.map((row) => row.candidateId))];
    if (!candidateIds.length) return [];
    const own = await repository.ownStatuses(this.db, principal.userId, candidateIds);
    const readable = new Set(
      candidateIds.filter((candidateId) =>
        mayReadPanelScorecards(
          principal.role,
          own.filter((row) => row.candidateId === candidateId).map((row) => row.status),
        ),
      ),
    );
    return rows.filter((row) => row.interviewerId === principal.userId || (row.status === 'SUBMITTED' && readable.has(row.candidateId)));
  }
}
