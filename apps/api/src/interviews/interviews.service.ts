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
import { NotificationsService } from '../notifications/notifications.service';
import type { QuestionRevisionDto } from '../questions/dtos/question-revision.dto';
import * as questions from '../questions/questions.repository';
import type { KitSnapshot } from '@panelist/kits';
import type { InterviewDto, OverdueScorecardDto, PanelSeatDto } from './dtos/interview.dto';
import type { RescheduleInterviewInput, ScheduleInterviewInput } from './dtos/interview.input';
import type { InterviewLoopDto } from './dtos/interview-loop.dto';
import * as repository from './interviews.repository';

export const PANEL_PROGRESS = 'panelProgress';
export interface PanelProgressEvent {
  organizationId: string;
  panelProgress: PanelSeatDto;
}

const isLoopManager = (principal: Principal) => LOOP_MANAGERS.includes(principal.role);

/** Interview loops and their interviews: scheduling, panels, and who may open which interview. */
@Injectable()
export class InterviewsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
    private readonly kits: KitsService,
    private readonly notifications: NotificationsService,
  ) {}

  async startLoop(principal: Principal, jobId: string, candidateId: string): Promise<InterviewLoopDto> {
    const exists = await repository.jobAndCandidateExist(this.db, principal.organizationId, jobId, candidateId);
    if (!exists.job) throw AppError.notFound('That job', 'jobId');
    if (!exists.candidate) throw AppError.notFound('That candidate', 'candidateId');
    const created = await repository.createLoop(this.db, { organizationId: principal.organizationId, jobId, candidateId });
    if (!created) throw AppError.conflict('This candidate already has a loop for this job.', 'candidateId');
    return this.loop(principal.organizationId, created);
  }

  async loop(organizationId: string, id: string, db: EntityManager = this.db.manager): Promise<InterviewLoopDto> {
    const loop = await repository.findLoop(db, organizationId, id);
    if (!loop) throw AppError.notFound('That interview loop', 'id');
    return loop;
  }

  /** Batch for DataLoader: loops by job or by candidate, newest first. */
  async loopsBy(column: 'job_id' | 'candidate_id', ids: readonly string[]): Promise<InterviewLoopDto[][]> {
    const rows = await repository.loopsBy(this.db, column, ids);
    return groupBy(ids, rows, (row) => (column === 'job_id' ? row.jobId : row.candidateId));
  }

  /** Batch for DataLoader: the interviews of each loop in schedule order. */
  async interviewsOfLoops(loopIds: readonly string[]): Promise<InterviewDto[][]> {
    const rows = await repository.interviewsOfLoops(this.db, loopIds);
    return groupBy(loopIds, rows, (row) => row.loopId);
  }

  /** Batch for DataLoader: question revisions by id (what each interview asks). */
  async revisionsByIds(ids: readonly string[]): Promise<QuestionRevisionDto[]> {
    return rowsByIds(ids, await questions.revisionsByIds(this.db, ids));
  }

  /** Batch for DataLoader: each interview's panel, by interviewer name. */
  async panelsOf(interviewIds: readonly string[]): Promise<PanelSeatDto[][]> {
    const rows = await repository.panelsOf(this.db, interviewIds);
    return groupBy(interviewIds, rows, (row) => row.interviewId);
  }

  /**
   * Loop managers open any interview of their organization; anyone else only those they sit on. With
   * `withScorecard`, the caller's own scorecard comes in the same statement (`loadedMyScorecard`).
   */
  async interviewFor(
    principal: Principal,
    id: string,
    { db = this.db.manager, withScorecard = false }: { db?: EntityManager; withScorecard?: boolean } = {},
  ): Promise<InterviewDto> {
    const interview = await repository.findInterview(db, {
      organizationId: principal.organizationId,
      id,
      userId: principal.userId,
      everyone: isLoopManager(principal),
      withScorecard,
    });
    if (!interview) throw AppError.notFound('That interview', 'id');
    return interview;
  }

  /** The caller's interviews: ones still to score first (soonest first), then submitted ones. */
  myInterviews(principal: Principal, withScorecard = false): Promise<InterviewDto[]> {
    return repository.myInterviews(this.db, principal.organizationId, principal.userId, withScorecard);
  }

  /** Scorecards still owed after their interview ended, longest overdue first (at most 100). */
  overdueScorecards(organizationId: string): Promise<OverdueScorecardDto[]> {
    return repository.overdueScorecards(this.db, organizationId);
  }

  async schedule(principal: Principal, input: ScheduleInterviewInput): Promise<InterviewDto> {
    let seats: string[] = [];
    const id = await this.db.transaction(async (db) => {
      const loop = await this.loop(principal.organizationId, input.loopId, db).catch(() => {
        throw AppError.notFound('That interview loop', 'loopId');
      });
      const kitId = await this.kitIdFor(db, loop.jobId, input);
      // Whether the kit came with the job's round (an archived one then asks for another kit for the round) or was picked.
      const chosenBy = input.roundId && !input.kitId ? 'roundId' : 'kitId';
      const snapshot = await this.snapshotOf(db, principal.organizationId, kitId, chosenBy);
      await this.checkPanel(db, principal.organizationId, input.interviewerIds);
      const interviewId = await repository.createInterview(db, {
        organizationId: principal.organizationId,
        loopId: loop.id,
        roundId: input.roundId ?? null,
        kitId,
        kitSnapshot: snapshot,
        scheduledAt: input.scheduledAt,
        durationMinutes: input.durationMinutes ?? snapshot.interviewMinutes,
      });
      seats = await this.seatPanel(db, principal.organizationId, interviewId, loop.candidateId, input.interviewerIds);
      await this.notifications.interviewAssigned(db, interviewId, input.interviewerIds);
      return interviewId;
    });
    await this.publishSeats(principal.organizationId, seats);
    return this.interviewFor(principal, id);
  }

  /** Moves the interview or changes its panel; someone who has started scoring cannot be removed. */
  async reschedule(principal: Principal, input: RescheduleInterviewInput): Promise<InterviewDto> {
    let seats: string[] = [];
    await this.db.transaction(async (db) => {
      const interview = await this.interviewFor(principal, input.id, { db });
      const affected = await repository.updateSchedule(db, {
        organizationId: principal.organizationId,
        id: input.id,
        scheduledAt: input.scheduledAt,
        durationMinutes: input.durationMinutes ?? null,
        version: input.version,
      });
      if (affected !== 1)
        throw AppError.conflict('Someone else changed this interview since you opened it. Reload to see their changes.', 'version');
      await this.checkPanel(db, principal.organizationId, input.interviewerIds);
      // Those taken off the panel get a calendar CANCEL (written while their seats still exist).
      const leaving = (await repository.panelIds(db, input.id)).filter((userId) => !input.interviewerIds.includes(userId));
      await this.notifications.interviewCancelled(db, input.id, leaving);
      const removed = await repository.removeSeatsExcept(db, input.id, input.interviewerIds);
      if (removed.some((status) => status !== 'PENDING')) {
        throw AppError.conflict('An interviewer who has started their scorecard cannot be removed from the panel.', 'interviewerIds');
      }
      seats = await this.seatPanel(db, principal.organizationId, input.id, interview.candidate.id, input.interviewerIds);
      // Everyone on the panel gets the updated calendar entry (same UID, higher SEQUENCE).
      await this.notifications.interviewAssigned(db, input.id, input.interviewerIds);
    });
    await this.publishSeats(principal.organizationId, seats);
    return this.interviewFor(principal, input.id);
  }

  /** Cancels an interview nobody has started scoring; the panel's calendars get a CANCEL. */
  async cancel(principal: Principal, id: string): Promise<boolean> {
    return this.db.transaction(async (db) => {
      await this.interviewFor(principal, id, { db });
      if (await repository.scoringStarted(db, id)) {
        throw AppError.conflict('Scoring has started for this interview, so it cannot be cancelled.', 'id');
      }
      // Every panelist's calendar entry is cancelled (the outbox rows commit with the removal, or not at all).
      await this.notifications.interviewCancelled(db, id, await repository.panelIds(db, id));
      await repository.removeInterview(db, id);
      return true;
    });
  }

  async seat(scorecardId: string): Promise<PanelSeatDto> {
    return (await repository.findSeat(this.db, scorecardId)) as PanelSeatDto;
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
      const roundKitId = await repository.roundKitId(db, jobId, input.roundId);
      if (!roundKitId) throw AppError.badInput('roundId', 'That round is not a round of this job.');
      return input.kitId ?? roundKitId;
    }
    if (!input.kitId) throw AppError.badInput('kitId', 'Choose a round of the job or a kit.');
    return input.kitId;
  }

  private async snapshotOf(
    db: EntityManager,
    organizationId: string,
    kitId: string,
    chosenBy: 'roundId' | 'kitId' = 'kitId',
  ): Promise<KitSnapshot> {
    const kit = await this.kits.get(organizationId, kitId, db).catch(() => {
      throw AppError.notFound('That kit', 'kitId');
    });
    if (kit.status !== 'ACTIVE') {
      throw chosenBy === 'roundId'
        ? AppError.badInput('roundId', `This round’s kit “${kit.title}” is archived: edit the job to give the round another kit.`)
        : AppError.badInput('kitId', 'That kit is archived.');
    }
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
    const allowed = await repository.activeMembersIn(db, organizationId, SCORERS, interviewerIds);
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
    return repository.addSeats(db, { organizationId, interviewId, candidateId, interviewerIds });
  }

  /** New seats are progress too: a loop page that does not know them yet reloads the loop. */
  private async publishSeats(organizationId: string, scorecardIds: string[]): Promise<void> {
    for (const id of scorecardIds) await this.publishProgress(organizationId, id);
  }
}
