/** Types generated for queries found in "apps/api/src/analytics/analytics.repository.ts" */

/** 'InterviewerSubmissions' parameters type */
export interface IInterviewerSubmissionsParams {
  interviewerId?: string | null | void;
  organizationId: string;
}

/** 'InterviewerSubmissions' return type */
export interface IInterviewerSubmissionsResult {
  medianHoursToSubmit: number | null;
  name: string;
  scorecards: number;
  userId: string;
}

/** 'InterviewerSubmissions' query type */
export interface IInterviewerSubmissionsQuery {
  params: IInterviewerSubmissionsParams;
  result: IInterviewerSubmissionsResult;
}

/** 'JobCandidateCounts' parameters type */
export interface IJobCandidateCountsParams {
  organizationId: string;
}

/** 'JobCandidateCounts' return type */
export interface IJobCandidateCountsResult {
  candidates: number;
  jobId: string;
  jobTitle: string;
}

/** 'JobCandidateCounts' query type */
export interface IJobCandidateCountsQuery {
  params: IJobCandidateCountsParams;
  result: IJobCandidateCountsResult;
}

