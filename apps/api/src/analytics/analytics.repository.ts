import { rows, sql, type Queryable } from '../common/database/typed-sql';
import type { IInterviewerSubmissionsQuery, IJobCandidateCountsQuery } from './analytics.repository.types';

/** Hours from an interview's end to its submitted scorecard, the median per interviewer. */
const interviewerSubmissions = sql<IInterviewerSubmissionsQuery>`
  SELECT u.id AS "userId", u.name, count(*)::int AS "scorecards!",
         percentile_cont(0.5) WITHIN GROUP (ORDER BY greatest(0, extract(epoch FROM s.submitted_at - (i.scheduled_at + i.duration_minutes * interval '1 minute')) / 3600)) AS "medianHoursToSubmit"
    FROM scorecards s JOIN interviews i ON i.id = s.interview_id JOIN users u ON u.id = s.interviewer_id
   WHERE s.organization_id = $organizationId! AND s.status = 'SUBMITTED' AND ($interviewerId::uuid IS NULL OR s.interviewer_id = $interviewerId)
   GROUP BY u.id, u.name ORDER BY u.name`;

/** Every interviewer with a submitted scorecard (or only `interviewerId`). */
export function submissionsByInterviewer(db: Queryable, organizationId: string, interviewerId: string | null) {
  return rows(db, interviewerSubmissions, { organizationId, interviewerId });
}

const jobCandidateCounts = sql<IJobCandidateCountsQuery>`
  SELECT j.id AS "jobId", j.title AS "jobTitle", count(l.id)::int AS "candidates!"
    FROM jobs j JOIN interview_loops l ON l.job_id = j.id WHERE j.organization_id = $organizationId!
   GROUP BY j.id, j.title ORDER BY j.title`;

/** Jobs with at least one candidate, and how many. */
export function jobsWithCandidates(db: Queryable, organizationId: string) {
  return rows(db, jobCandidateCounts, { organizationId });
}
