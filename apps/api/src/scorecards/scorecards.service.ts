import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { BANK_EDITORS } from '@panelist/roles';
import {
  answerProblems,
  applyDraftChange,
  competencyRatingProblems,
  finalizeDraft,
  mayReadPanelScorecards,
  submitProblems,
  type DraftChange,
  type FieldProblem,
  type ScorecardDraft,
  type ScorecardStatus,
  type ScoringKit,
} from '@panelist/scorecards';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/errors/app-error';
import type { Principal } from '../common/auth/principal';
import type { KitSnapshot } from '@panelist/kits';
import { InterviewsService } from '../interviews/interviews.service';
import type { ScorecardDto, ScorecardRevisionDto } from './dtos/scorecard.dto';
import type { AmendScorecardInput, ScorecardChangeInput } from './dtos/scorecard.input';

/** A scorecard with everything written on it, in one statement. */
const SCORECARD_SELECT = `s.id, s.interview_id AS "interviewId", s.candidate_id AS "candidateId", s.interviewer_id AS "interviewerId",
  json_build_object('userId', u.id, 'name', u.name) AS interviewer, s.status, s.version, s.revision, s.recommendation, s.summary,
  s.started_at AS "startedAt", s.submitted_at AS "submittedAt", s.updated_at AS "updatedAt",
  COALESCE((SELECT json_agg(json_build_object('questionId', a.question_id, 'rating', a.rating, 'notAsked', a.not_asked, 'notes', a.notes))
              FROM scorecard_answers a WHERE a.scorecard_id = s.id), '[]') AS answers,
  COALESCE((SELECT json_agg(json_build_object('competency', r.competency, 'rating', r.rating) ORDER BY r.competency)
              FROM scorecard_competency_ratings r WHERE r.scorecard_id = s.id), '[]') AS "competencyRatings"`;
const SCORECARD_FROM = `scorecards s JOIN users u ON u.id = s.interviewer_id`;

type ScorecardRow = ScorecardDto & { interviewerId: string };
type EditableRow = ScorecardRow & {
  kitSnapshot: KitSnapshot;
  candidateErased: boolean;
  interviewStartsAt: Date;
  interviewStarted: boolean;
};

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
    const [row] = await this.db.query<ScorecardRow[]>(
      `SELECT ${SCORECARD_SELECT} FROM ${SCORECARD_FROM} WHERE s.organization_id = $1 AND s.id = $2`,
      [principal.organizationId, id],
    );
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
    const rows = await this.db.query<ScorecardRow[]>(
      `SELECT ${SCORECARD_SELECT} FROM ${SCORECARD_FROM} WHERE s.interview_id = ANY($1::uuid[]) AND s.interviewer_id = $2`,
      [interviewIds, principal.userId],
    );
    return interviewIds.map((id) => rows.find((row) => row.interviewId === id) ?? null);
  }

  /** Batch for DataLoader: the scorecards of each interview the viewer may read (two statements). */
  async readableOn(principal: Principal, interviewIds: readonly string[]): Promise<ScorecardDto[][]> {
    const rows = await this.db.query<ScorecardRow[]>(
      `SELECT ${SCORECARD_SELECT} FROM ${SCORECARD_FROM}
        WHERE s.organization_id = $1 AND s.interview_id = ANY($2::uuid[]) AND (s.status = 'SUBMITTED' OR s.interviewer_id = $3)
        ORDER BY u.name`,
      [principal.organizationId, interviewIds, principal.userId],
    );
    const readable = new Set(await this.visibleAmong(principal, rows));
    return interviewIds.map((id) => rows.filter((row) => row.interviewId === id && readable.has(row)));
  }

  async history(principal: Principal, scorecard: ScorecardDto & { interviewerId?: string }): Promise<ScorecardRevisionDto[]> {
    if (scorecard.interviewerId !== principal.userId && !BANK_EDITORS.includes(principal.role)) {
      throw AppError.forbidden('The revision history is visible to its author, hiring managers and admins.');
    }
    return this.db.query(
      `SELECT v.revision, v.reason, v.content, u.name AS "createdByName", v.created_at AS "createdAt"
         FROM scorecard_revisions v LEFT JOIN users u ON u.id = v.created_by WHERE v.scorecard_id = $1 ORDER BY v.revision DESC`,
      [scorecard.id],
    );
  }

  /** Autosave: applies a partial change if `version` is still current; drafts only. */
  async saveDraft(principal: Principal, input: ScorecardChangeInput): Promise<ScorecardDto> {
    let started = false;
    await this.db.transaction(async (db) => {
      const current = await this.editable(db, principal, input.scorecardId);
      if (current.status === 'SUBMITTED') throw LOCKED();
      const kit = scoringKitOf(current.kitSnapshot);
      throwFirst([...answerProblems(kit, input.answers ?? []), ...competencyRatingProblems(kit, input.competencyRatings ?? [])]);
      const next = applyDraftChange(draftOf(current), changeOf(input));
      const [, affected] = await db.query<[unknown[], number]>(
        `UPDATE scorecards SET status = 'DRAFT', recommendation = $3, summary = $4, started_at = COALESCE(started_at, now()),
                version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2 AND status <> 'SUBMITTED'`,
        [current.id, input.version, next.recommendation, next.summary],
      );
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
    const [row] = await db.query<EditableRow[]>(
      `SELECT ${SCORECARD_SELECT}, i.kit_snapshot AS "kitSnapshot", i.scheduled_at AS "interviewStartsAt", i.scheduled_at <= now() AS "interviewStarted",
              EXISTS (SELECT 1 FROM candidates c WHERE c.id = s.candidate_id AND c.erased_at IS NOT NULL) AS "candidateErased"
         FROM ${SCORECARD_FROM} JOIN interviews i ON i.id = s.interview_id
        WHERE s.organization_id = $1 AND s.id = $2`,
      [principal.organizationId, id],
    );
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
    const [, affected] = await db.query<[unknown[], number]>(
      `UPDATE scorecards SET status = 'SUBMITTED', recommendation = $3, summary = $4, revision = revision + 1,
              started_at = COALESCE(started_at, now()), submitted_at = COALESCE(submitted_at, now()), version = version + 1, updated_at = now()
        WHERE id = $1 AND version = $2`,
      [current.id, version, final.recommendation, final.summary],
    );
    if (affected !== 1) throw STALE();
    await this.writeContent(db, current.id, final);
    await db.query(
      `INSERT INTO scorecard_revisions (scorecard_id, revision, reason, content, created_by)
       SELECT id, revision, $2, $3, $4 FROM scorecards WHERE id = $1`,
      [current.id, reason, JSON.stringify(final), principal.userId],
    );
  }

  /** Upserts the given answers and competency ratings (whole rows) in two statements. */
  private async writeContent(db: EntityManager, scorecardId: string, content: Pick<ScorecardDraft, 'answers' | 'competencyRatings'>) {
    if (content.answers.length) {
      await db.query(
        `INSERT INTO scorecard_answers (scorecard_id, question_id, rating, not_asked, notes)
         SELECT $1, x."questionId", x.rating, x."notAsked", x.notes FROM json_to_recordset($2::json) AS x("questionId" uuid, rating smallint, "notAsked" boolean, notes text)
         ON CONFLICT (scorecard_id, question_id) DO UPDATE SET rating = EXCLUDED.rating, not_asked = EXCLUDED.not_asked, notes = EXCLUDED.notes`,
        [scorecardId, JSON.stringify(content.answers)],
      );
    }
    if (content.competencyRatings.length) {
      await db.query(
        `INSERT INTO scorecard_competency_ratings (scorecard_id, competency, rating)
         SELECT $1, x.competency, x.rating FROM json_to_recordset($2::json) AS x(competency text, rating smallint)
         ON CONFLICT (scorecard_id, competency) DO UPDATE SET rating = EXCLUDED.rating`,
        [scorecardId, JSON.stringify(content.competencyRatings)],
      );
    }
  }

  /** The rows (of any candidates) this viewer may read, applying independence per candidate. */
  private async visibleAmong(principal: Principal, rows: ScorecardRow[]): Promise<ScorecardRow[]> {
    const candidateIds = [...new Set(rows.map((row) => row.candidateId))];
    if (!candidateIds.length) return [];
    const own = await this.db.query<Array<{ candidateId: string; status: ScorecardStatus }>>(
      `SELECT candidate_id AS "candidateId", status FROM scorecards WHERE interviewer_id = $1 AND candidate_id = ANY($2::uuid[])`,
      [principal.userId, candidateIds],
    );
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
