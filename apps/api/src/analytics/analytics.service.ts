import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { disclosedLeniency, interviewerLeniency } from '@panelist/scoring';
import type { Principal } from '../common/auth/principal';
import { PanelDataService } from '../panel-scorecards/panel-data.service';
import { reliabilityOf } from '../panel-scorecards/panel-scorecards.service';
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
      this.db.query<Array<{ userId: string; name: string; scorecards: number; medianHoursToSubmit: number | null }>>(
        `SELECT u.id AS "userId", u.name, count(*)::int AS scorecards,
                percentile_cont(0.5) WITHIN GROUP (ORDER BY greatest(0, extract(epoch FROM s.submitted_at - (i.scheduled_at + i.duration_minutes * interval '1 minute')) / 3600)) AS "medianHoursToSubmit"
           FROM scorecards s JOIN interviews i ON i.id = s.interview_id JOIN users u ON u.id = s.interviewer_id
          WHERE s.organization_id = $1 AND s.status = 'SUBMITTED' AND ($2::uuid IS NULL OR s.interviewer_id = $2)
          GROUP BY u.id, u.name ORDER BY u.name`,
        [principal.organizationId, principal.role === 'INTERVIEWER' ? principal.userId : null],
      ),
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
      this.db.query<Array<{ jobId: string; jobTitle: string; candidates: number }>>(
        `SELECT j.id AS "jobId", j.title AS "jobTitle", count(l.id)::int AS candidates
           FROM jobs j JOIN interview_loops l ON l.job_id = j.id WHERE j.organization_id = $1
          GROUP BY j.id, j.title ORDER BY j.title`,
        [principal.organizationId],
      ),
    ]);
    return jobs.map((job) => ({ ...job, reliability: reliabilityOf(ratings.filter((rating) => rating.jobId === job.jobId)) }));
  }
}
