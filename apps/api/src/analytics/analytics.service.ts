import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { disclosedLeniency, interviewerLeniency } from '@panelist/scoring';
import type { Principal } from '../common/auth/principal';
import { PanelDataService } from '../panel-scorecards/panel-data.service';
import { reliabilityOf } from '../panel-scorecards/panel-scorecards.service';
import * as analytics from './analytics.repository';
import type { InterviewerCalibrationDto, JobReliabilityDto } from './dtos/analytics.dto';

/** Organization-wide figures: interviewer calibration and panel reliability per job. */
@Injectable()
export class AnalyticsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly data: PanelDataService,
  ) {}

  /**
   * Every interviewer with a submitted scorecard; interviewers see only their own row. Leniency is
   * shown only from enough shared candidates, and never reflects a candidate the viewer still owes.
   */
  async interviewerCalibration(principal: Principal): Promise<InterviewerCalibrationDto[]> {
    const [ratings, people] = await Promise.all([
      this.data.organizationRatings(principal),
      analytics.submissionsByInterviewer(this.db, principal.organizationId, principal.role === 'INTERVIEWER' ? principal.userId : null),
    ]);
    const leniency = new Map(interviewerLeniency(ratings).map((entry) => [entry.interviewerId, entry]));
    const ratingCounts = new Map<string, number>();
    for (const rating of ratings) ratingCounts.set(rating.interviewerId, (ratingCounts.get(rating.interviewerId) ?? 0) + 1);
    return people.map((person) => {
      const entry = leniency.get(person.userId);
      const disclosed = disclosedLeniency(entry);
      return {
        interviewer: { userId: person.userId, name: person.name },
        scorecards: person.scorecards,
        ratings: ratingCounts.get(person.userId) ?? 0,
        comparisons: disclosed.raw === null ? 0 : (entry?.n ?? 0),
        rawLeniency: disclosed.raw,
        shrunkLeniency: disclosed.shrunk,
        label: disclosed.label,
        medianHoursToSubmit: person.medianHoursToSubmit,
      };
    });
  }

  /** Krippendorff's alpha per job with at least one candidate. */
  async jobReliability(principal: Principal): Promise<JobReliabilityDto[]> {
    const [ratings, jobs] = await Promise.all([
      this.data.organizationRatings(principal),
      analytics.jobsWithCandidates(this.db, principal.organizationId),
    ]);
    return jobs.map((job) => ({ ...job, reliability: reliabilityOf(ratings.filter((rating) => rating.jobId === job.jobId)) }));
  }
}
