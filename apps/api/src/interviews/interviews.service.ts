import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PubSubEngine } from 'graphql-subscriptions';
import type { DataSource, EntityManager } from 'typeorm';
import { LOOP_MANAGERS, SCORERS } from '@panelist/roles';
import { AppError } from '../common/errors/app-error';
import type { Principal } from '../common/auth/principal';
import { PUB_SUB } from '../common/graphql/pub-sub';
import { groupBy, rowsByIds } from '../common/graphql/request-loaders';
import { KitsService } from '../kits/kits.service';
import type { QuestionRevisionDto } from '../questions/dtos/question-revision.dto';
import * as questions from '../questions/questions.repository';
import type { KitSnapshot } from '@panelist/kits';
import type { InterviewDto, OverdueScorecardDto, PanelSeatDto } from './dtos/interview.dto';
import type { RescheduleInterviewInput, ScheduleInterviewInput } from './dtos/interview.input';
import type { InterviewLoopDto } from './dtos/interview-loop.dto';

export const PANEL_PROGRESS = 'panelProgress';
export interface PanelProgressEvent {
  organizationId: string;
  panelProgress: PanelSeatDto;
}

const INTERVIEW_SELECT = `i.id, i.loop_id AS "loopId", l.job_id AS "jobId", j.title AS "jobTitle", i.round_id AS "roundId", jr.name AS "roundName",
  json_build_object('id', c.id, 'name', c.name) AS candidate, i.scheduled_at AS "scheduledAt",
  i.duration_minutes AS "durationMinutes", i.version, i.kit_snapshot AS "kitSnapshot"`;
const INTERVIEW_FROM = `interviews i JOIN interview_loops l ON l.id = i.loop_id JOIN jobs j ON j.id = l.job_id
  JOIN candidates c ON c.id = l.candidate_id LEFT JOIN job_rounds jr ON jr.id = i.round_id`;
const LOOP_SELECT = `l.id, l.job_id AS "jobId", l.candidate_id AS "candidateId", l.created_at AS "createdAt"`;
const SEAT_SELECT = `s.id, s.interview_id AS "interviewId", i.loop_id AS "loopId", s.status, s.submitted_at AS "submittedAt",
  greatest(s.revision - 1, 0) AS amendments, json_build_object('userId', u.id, 'name', u.name) AS interviewer`;
const SEAT_FROM = `scorecards s JOIN interviews i ON i.id = s.interview_id JOIN users u ON u.id = s.interviewer_id`;

const isLoopManager = (principal: Principal) => LOOP_MANAGERS.includes(principal.role);

/** Interview loops and their interviews: scheduling, panels, and who may open which interview. */
@Injectable()
export class InterviewsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
    private readonly kits: KitsService,
  ) {}

  async startLoop(principal: Principal, jobId: string, candidateId: string): Promise<InterviewLoopDto> {
    const [pair] = await this.db.query<Array<{ job: string | null; candidate: string | null }>>(
      `SELECT (SELECT id FROM jobs WHERE organization_id = $1 AND id = $2) AS job,
              (SELECT id FROM candidates WHERE organization_id = $1 AND id = $3 AND erased_at IS NULL) AS candidate`,
      [principal.organizationId, jobId, candidateId],
    );
    if (!pair?.job) throw AppError.notFound('That job', 'jobId');
    if (!pair.candidate) throw AppError.notFound('That candidate', 'candidateId');
    const [created] = await this.db.query<Array<{ id: string }>>(
      `INSERT INTO interview_loops (organization_id, job_id, candidate_id) VALUES ($1, $2, $3) ON CONFLICT (job_id, candidate_id) DO NOTHING RETURNING id`,
      [principal.organizationId, jobId, candidateId],
    );
    if (!created) throw AppError.conflict('This candidate already has a loop for this job.', 'candidateId');
    return this.loop(principal.organizationId, created.id);
  }

  async loop(organizationId: string, id: string, db: EntityManager = this.db.manager): Promise<InterviewLoopDto> {
    const [loop] = await db.query<InterviewLoopDto[]>(
      `SELECT ${LOOP_SELECT} FROM interview_loops l WHERE l.organization_id = $1 AND l.id = $2`,
      [organizationId, id],
    );
    if (!loop) throw AppError.notFound('That interview loop', 'id');
    return loop;
  }

  /** Batch for DataLoader: loops by job or by candidate, newest first. */
  async loopsBy(column: 'job_id' | 'candidate_id', ids: readonly string[]): Promise<InterviewLoopDto[][]> {
    const rows = await this.db.query<Array<InterviewLoopDto & { key: string }>>(
      `SELECT ${LOOP_SELECT}, l.${column} AS key FROM interview_loops l WHERE l.${column} = ANY($1::uuid[]) ORDER BY l.created_at DESC`,
      [ids],
    );
    return groupBy(ids, rows, (row) => row.key);
  }

  /** Batch for DataLoader: the interviews of each loop in schedule order. */
  async interviewsOfLoops(loopIds: readonly string[]): Promise<InterviewDto[][]> {
    const rows = await this.db.query<InterviewDto[]>(
      `SELECT ${INTERVIEW_SELECT} FROM ${INTERVIEW_FROM} WHERE i.loop_id = ANY($1::uuid[]) ORDER BY i.scheduled_at`,
      [loopIds],
    );
    return groupBy(loopIds, rows, (row) => row.loopId);
  }

  /** Batch for DataLoader: question revisions by id (what each interview asks). */
  async revisionsByIds(ids: readonly string[]): Promise<QuestionRevisionDto[]> {
    return rowsByIds(ids, await questions.revisionsByIds(this.db, ids));
  }

  /** Batch for DataLoader: each interview's panel, by interviewer name. */
  async panelsOf(interviewIds: readonly string[]): Promise<PanelSeatDto[][]> {
    const rows = await this.db.query<PanelSeatDto[]>(
      `SELECT ${SEAT_SELECT} FROM ${SEAT_FROM} WHERE s.interview_id = ANY($1::uuid[]) ORDER BY u.name`,
      [interviewIds],
    );
    return groupBy(interviewIds, rows, (row) => row.interviewId);
  }

  /** Loop managers open any interview of their organization; anyone else only those they sit on. */
  async interviewFor(principal: Principal, id: string, db: EntityManager = this.db.manager): Promise<InterviewDto> {
    const [interview] = await db.query<InterviewDto[]>(
      `SELECT ${INTERVIEW_SELECT} FROM ${INTERVIEW_FROM}
        WHERE i.organization_id = $1 AND i.id = $2
          AND ($4 OR EXISTS (SELECT 1 FROM scorecards s WHERE s.interview_id = i.id AND s.interviewer_id = $3))`,
      [principal.organizationId, id, principal.userId, isLoopManager(principal)],
    );
    if (!interview) throw AppError.notFound('That interview', 'id');
    return interview;
  }

  /** The caller's interviews: ones still to score first (soonest first), then submitted ones. */
  myInterviews(principal: Principal): Promise<InterviewDto[]> {
    return this.db.query(
      `SELECT ${INTERVIEW_SELECT} FROM ${INTERVIEW_FROM} JOIN scorecards s ON s.interview_id = i.id AND s.interviewer_id = $2
        WHERE i.organization_id = $1
        ORDER BY s.status = 'SUBMITTED', CASE WHEN s.status = 'SUBMITTED' THEN -extract(epoch FROM i.scheduled_at) ELSE extract(epoch FROM i.scheduled_at) END
        LIMIT 200`,
      [principal.organizationId, principal.userId],
    );
  }

  /** Scorecards still owed after their interview ended, longest overdue first (at most 100). */
  overdueScorecards(organizationId: string): Promise<OverdueScorecardDto[]> {
    return this.db.query(
      `SELECT s.id, s.interview_id AS "interviewId", i.loop_id AS "loopId", j.title AS "jobTitle", jr.name AS "roundName",
              json_build_object('id', c.id, 'name', c.name) AS candidate, json_build_object('userId', u.id, 'name', u.name) AS interviewer,
              s.status, i.scheduled_at + i.duration_minutes * interval '1 minute' AS "endedAt"
         FROM ${SEAT_FROM} JOIN interview_loops l ON l.id = i.loop_id JOIN jobs j ON j.id = l.job_id
         JOIN candidates c ON c.id = l.candidate_id LEFT JOIN job_rounds jr ON jr.id = i.round_id
        WHERE s.organization_id = $1 AND s.status <> 'SUBMITTED' AND i.scheduled_at + i.duration_minutes * interval '1 minute' < now()
        ORDER BY "endedAt", u.name LIMIT 100`,
      [organizationId],
    );
  }

  async schedule(principal: Principal, input: ScheduleInterviewInput): Promise<InterviewDto> {
    let seats: string[] = [];
    const id = await this.db.transaction(async (db) => {
      const loop = await this.loop(principal.organizationId, input.loopId, db).catch(() => {
        throw AppError.notFound('That interview loop', 'loopId');
      });
      const kitId = await this.kitIdFor(db, loop.jobId, input);
      const snapshot = await this.snapshotOf(db, principal.organizationId, kitId);
      await this.checkPanel(db, principal.organizationId, input.interviewerIds);
      const [{ id: interviewId }] = await db.query<Array<{ id: string }>>(
        `INSERT INTO interviews (organization_id, loop_id, round_id, kit_id, kit_snapshot, scheduled_at, duration_minutes)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [
          principal.organizationId,
          loop.id,
          input.roundId ?? null,
          kitId,
          JSON.stringify(snapshot),
          input.scheduledAt,
          input.durationMinutes ?? snapshot.interviewMinutes,
        ],
      );
      seats = await this.seatPanel(db, principal.organizationId, interviewId, loop.candidateId, input.interviewerIds);
      return interviewId;
    });
    await this.publishSeats(principal.organizationId, seats);
    return this.interviewFor(principal, id);
  }

  /** Moves the interview or changes its panel; someone who has started scoring cannot be removed. */
  async reschedule(principal: Principal, input: RescheduleInterviewInput): Promise<InterviewDto> {
    let seats: string[] = [];
    await this.db.transaction(async (db) => {
      const interview = await this.interviewFor(principal, input.id, db);
      const [, affected] = await db.query<[unknown[], number]>(
        `UPDATE interviews SET scheduled_at = $3, duration_minutes = COALESCE($4, duration_minutes), version = version + 1, updated_at = now()
          WHERE organization_id = $1 AND id = $2 AND version = $5`,
        [principal.organizationId, input.id, input.scheduledAt, input.durationMinutes ?? null, input.version],
      );
      if (affected !== 1)
        throw AppError.conflict('Someone else changed this interview since you opened it. Reload to see their changes.', 'version');
      await this.checkPanel(db, principal.organizationId, input.interviewerIds);
      const [removed] = await db.query<[Array<{ status: string }>, number]>(
        `DELETE FROM scorecards WHERE interview_id = $1 AND NOT (interviewer_id = ANY($2::uuid[])) RETURNING status`,
        [input.id, input.interviewerIds],
      );
      if (removed.some((seat) => seat.status !== 'PENDING')) {
        throw AppError.conflict('An interviewer who has started their scorecard cannot be removed from the panel.', 'interviewerIds');
      }
      seats = await this.seatPanel(db, principal.organizationId, input.id, interview.candidate.id, input.interviewerIds);
    });
    await this.publishSeats(principal.organizationId, seats);
    return this.interviewFor(principal, input.id);
  }

  /** Cancels an interview nobody has started scoring. */
  async cancel(principal: Principal, id: string): Promise<boolean> {
    return this.db.transaction(async (db) => {
      await this.interviewFor(principal, id, db);
      const [started] = await db.query<unknown[]>(`SELECT 1 FROM scorecards WHERE interview_id = $1 AND status <> 'PENDING' LIMIT 1`, [id]);
      if (started) throw AppError.conflict('Scoring has started for this interview, so it cannot be cancelled.', 'id');
      await db.query(`DELETE FROM interviews WHERE id = $1`, [id]);
      return true;
    });
  }

  async seat(scorecardId: string): Promise<PanelSeatDto> {
    const [seat] = await this.db.query<PanelSeatDto[]>(`SELECT ${SEAT_SELECT} FROM ${SEAT_FROM} WHERE s.id = $1`, [scorecardId]);
    return seat;
  }

  /** Tells live panel pages that a scorecard changed status. Carries no ratings or notes. */
  async publishProgress(organizationId: string, scorecardId: string): Promise<void> {
    const event: PanelProgressEvent = { organizationId, panelProgress: await this.seat(scorecardId) };
    await this.pubSub.publish(PANEL_PROGRESS, event);
  }

  subscribeToProgress(): AsyncIterableIterator<PanelProgressEvent> {
    return this.pubSub.asyncIterableIterator<PanelProgressEvent>(PANEL_PROGRESS);
  }

  private async kitIdFor(db: EntityManager, jobId: string, input: ScheduleInterviewInput): Promise<string> {
    if (input.roundId) {
      const [round] = await db.query<Array<{ kit_id: string }>>(`SELECT kit_id FROM job_rounds WHERE job_id = $1 AND id = $2`, [
        jobId,
        input.roundId,
      ]);
      if (!round) throw AppError.badInput('roundId', 'That round is not a round of this job.');
      return input.kitId ?? round.kit_id;
    }
    if (!input.kitId) throw AppError.badInput('kitId', 'Choose a round of the job or a kit.');
    return input.kitId;
  }

  private async snapshotOf(db: EntityManager, organizationId: string, kitId: string): Promise<KitSnapshot> {
    const kit = await this.kits.get(organizationId, kitId, db).catch(() => {
      throw AppError.notFound('That kit', 'kitId');
    });
    if (kit.status !== 'ACTIVE') throw AppError.badInput('kitId', 'That kit is archived.');
    const [sections] = await this.kits.sectionsOf([kitId]);
    const questionCount = sections.reduce((sum, section) => sum + section.questions.length, 0);
    if (questionCount === 0) throw AppError.badInput('kitId', 'That kit has no questions yet.');
    return {
      kitId,
      title: kit.title,
      roleName: kit.roleName,
      interviewMinutes: kit.interviewMinutes,
      notes: kit.notes,
      ratingScale: kit.ratingScale,
      competencyWeights: kit.competencyWeights,
      sections: sections.map((section) => ({
        competency: section.competency,
        title: section.title,
        questions: section.questions.map((q) => ({
          questionId: q.questionId,
          revisionId: q.revision.id,
          plannedMinutes: q.plannedMinutes,
        })),
      })),
    };
  }

  /** Interviewers must be active members whose role scores (recruiters schedule but do not score). */
  private async checkPanel(db: EntityManager, organizationId: string, interviewerIds: string[]): Promise<void> {
    const rows = await db.query<Array<{ user_id: string }>>(
      `SELECT user_id FROM memberships WHERE organization_id = $1 AND status = 'ACTIVE' AND role = ANY($2::member_role[]) AND user_id = ANY($3::uuid[])`,
      [organizationId, SCORERS, interviewerIds],
    );
    const allowed = new Set(rows.map((row) => row.user_id));
    const index = interviewerIds.findIndex((id) => !allowed.has(id));
    if (index >= 0) {
      throw AppError.badInput(
        `interviewerIds.${index}`,
        'Each interviewer must be an active admin, hiring manager or interviewer of your organization.',
      );
    }
  }

  /** Seats the panel and returns the scorecard ids of the seats it added. */
  private async seatPanel(
    db: EntityManager,
    organizationId: string,
    interviewId: string,
    candidateId: string,
    interviewerIds: string[],
  ): Promise<string[]> {
    const added = await db.query<Array<{ id: string }>>(
      `INSERT INTO scorecards (organization_id, interview_id, candidate_id, interviewer_id)
       SELECT $1, $2, $3, unnest($4::uuid[]) ON CONFLICT (interview_id, interviewer_id) DO NOTHING RETURNING id`,
      [organizationId, interviewId, candidateId, interviewerIds],
    );
    return added.map((row) => row.id);
  }

  /** New seats are progress too: a loop page that does not know them yet reloads the loop. */
  private async publishSeats(organizationId: string, scorecardIds: string[]): Promise<void> {
    for (const id of scorecardIds) await this.publishProgress(organizationId, id);
  }
}
