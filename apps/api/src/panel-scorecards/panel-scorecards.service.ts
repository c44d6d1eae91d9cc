import { Injectable } from '@nestjs/common';
import {
  EXPLANATIONS,
  enoughForAlpha,
  panelReliability,
  RELIABILITY_BAND_LABELS,
  reliabilityBand,
  validateWeights,
  type CompetencyWeight,
} from '@panelist/scoring';
import { LOOP_MANAGERS } from '@panelist/roles';
import type { Principal } from '../common/auth/principal';
import { AppError } from '../common/errors/app-error';
import { JobsService } from '../jobs/jobs.service';
import type {
  JobComparisonDto,
  PanelistScorecardDto,
  PanelReliabilityDto,
  PanelScorecardDto,
  WrittenSummaryDto,
} from './dtos/panel-scorecard.dto';
import { PanelDataService, type PanelData, type SeatRow } from './panel-data.service';
import { competenciesOf, panelFigures, weightsOf } from './panel-figures';

/** Weights a person tries out on the comparison are checked like a kit's (0 to 10, named once). */
function checkWeights(weights: CompetencyWeight[]): void {
  const [problem] = validateWeights(weights);
  if (problem) throw AppError.badInput(problem.field.replace('competencyWeights', 'weights'), problem.message);
}

/** Panel scorecards per candidate and the side-by-side comparison of a job's candidates. */
@Injectable()
export class PanelScorecardsService {
  constructor(
    private readonly data: PanelDataService,
    private readonly jobs: JobsService,
  ) {}

  /** Loop managers open any loop; an interviewer only a loop they sit on. */
  async panelScorecard(principal: Principal, loopId: string): Promise<PanelScorecardDto> {
    const data = await this.data.load(principal, { loopId }, true);
    const [loop] = data.loops;
    const onPanel = data.seats.some((seat) => seat.interviewerId === principal.userId);
    if (!loop || (!LOOP_MANAGERS.includes(principal.role) && !onPanel)) throw AppError.notFound('That interview loop', 'loopId');
    const weights = weightsOf(data.seats);
    const figures = panelFigures(principal, data, loop, { competencies: competenciesOf(data.seats), weights });
    const prompts = this.data.prompts(data.seats);
    return {
      ...figures,
      loopId: loop.loopId,
      jobId: loop.jobId,
      jobTitle: loop.jobTitle,
      candidate: { id: loop.candidateId, name: loop.candidateName },
      weights,
      scorecards: figures.visible
        ? data.seats.filter((seat) => seat.status === 'SUBMITTED').map((seat) => this.panelist(seat, data, prompts))
        : [],
      decisions: figures.visible ? (data.decisions.get(loop.loopId) ?? []) : [],
      canDecide: principal.role === 'ADMIN' || (principal.role === 'HIRING_MANAGER' && principal.userId === loop.hiringManagerId),
    };
  }

  /** Every candidate of the job side by side, in a fixed number of statements whatever their number. */
  async jobComparison(principal: Principal, jobId: string, weightsOverride: CompetencyWeight[] | null): Promise<JobComparisonDto> {
    if (weightsOverride) checkWeights(weightsOverride);
    const [job, data] = await Promise.all([
      this.jobs.get(principal.organizationId, jobId).catch(() => {
        throw AppError.notFound('That job', 'jobId');
      }),
      this.data.load(principal, { jobId }),
    ]);
    const competencies = competenciesOf(data.seats);
    const weights = weightsOverride ?? weightsOf(data.seats);
    return {
      jobId,
      jobTitle: job.title,
      competencies,
      weights,
      rows: data.loops.map((loop) => {
        const figures = panelFigures(principal, data, loop, { competencies, weights });
        return {
          loopId: loop.loopId,
          candidate: { id: loop.candidateId, name: loop.candidateName },
          ...figures,
          // Independence: no summaries while the figures are hidden from the viewer.
          summaries: figures.visible ? writtenSummaries(data.seatsByLoop.get(loop.loopId) ?? []) : [],
        };
      }),
      reliability: reliabilityOf(data.ratings.filter((rating) => rating.jobId === jobId)),
    };
  }

  private panelist(seat: SeatRow, data: PanelData, prompts: Map<string, string>): PanelistScorecardDto {
    const questions = (seat.sections ?? []).flatMap((section) => section.questions.map((q) => ({ ...q, competency: section.competency })));
    const answers = new Map((seat.answers ?? []).map((answer) => [answer.questionId, answer]));
    return {
      scorecardId: seat.scorecardId,
      interviewId: seat.interviewId,
      roundName: seat.roundName,
      interviewer: { userId: seat.interviewerId, name: seat.interviewerName },
      submittedAt: seat.submittedAt,
      scalePoints: seat.scalePoints,
      recommendation: seat.recommendation,
      summary: seat.summary,
      ratings: seat.competencyRatings,
      leniency: data.leniency.get(seat.interviewerId) ?? 0,
      leniencyLabel: data.leniencyLabels.get(seat.interviewerId) ?? 'not enough data',
      evidence: questions.map((question) => {
        const answer = answers.get(question.questionId);
        return {
          questionId: question.questionId,
          prompt: prompts.get(question.revisionId) ?? '',
          competency: question.competency,
          rating: answer?.rating ?? null,
          notAsked: answer?.notAsked ?? true,
          notes: answer?.notes ?? '',
        };
      }),
    };
  }
}

/** The submitted scorecards' summaries (those with text), in interview order. */
export function writtenSummaries(seats: readonly SeatRow[]): WrittenSummaryDto[] {
  return seats
    .filter((seat) => seat.status === 'SUBMITTED' && seat.summary.trim())
    .map((seat) => ({
      interviewer: { userId: seat.interviewerId, name: seat.interviewerName },
      roundName: seat.roundName ?? null,
      recommendation: seat.recommendation,
      summary: seat.summary,
    }));
}

/** Krippendorff's alpha (interval) over the job's candidate × competency units, with its band. */
export function reliabilityOf(ratings: Parameters<typeof panelReliability>[0]): PanelReliabilityDto {
  const result = panelReliability(ratings, 'interval');
  const candidates = new Set(ratings.filter((rating) => rating.value !== null).map((rating) => rating.candidateId)).size;
  // Below the minimum sample a figure would mislead: no alpha, and the reason says why.
  const tooFew = result.alpha !== null && !enoughForAlpha(candidates, result.pairableValues);
  const alpha = tooFew ? null : result.alpha;
  const band = reliabilityBand(alpha);
  const reason = tooFew
    ? EXPLANATIONS.alphaTooFewRatings
    : result.reason === 'NO_PAIRABLE_VALUES'
      ? EXPLANATIONS.alphaNoPairableValues
      : result.reason === 'NO_VARIATION'
        ? EXPLANATIONS.alphaNoVariation
        : null;
  return {
    alpha,
    band,
    bandLabel: RELIABILITY_BAND_LABELS[band],
    reason,
    pairableValues: result.pairableValues,
    unitsUsed: result.unitsUsed,
  };
}
