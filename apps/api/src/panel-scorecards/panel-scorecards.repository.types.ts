/** Types generated for queries found in "apps/api/src/panel-scorecards/panel-scorecards.repository.ts" */
export type hiring_decision = 'HIRE' | 'HOLD' | 'NO_HIRE';

export type recommendation = 'NO' | 'STRONG_NO' | 'STRONG_YES' | 'YES';

export type scorecard_status = 'DRAFT' | 'PENDING' | 'SUBMITTED';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type stringArray = (string)[];

/** 'SelectLoops' parameters type */
export interface ISelectLoopsParams {
  jobId?: string | null | void;
  loopId?: string | null | void;
  organizationId: string;
}

/** 'SelectLoops' return type */
export interface ISelectLoopsResult {
  candidateId: string;
  candidateName: string;
  hiringManagerId: string;
  jobId: string;
  jobTitle: string;
  loopId: string;
}

/** 'SelectLoops' query type */
export interface ISelectLoopsQuery {
  params: ISelectLoopsParams;
  result: ISelectLoopsResult;
}

/** 'SelectSeats' parameters type */
export interface ISelectSeatsParams {
  evidence: boolean;
  loopIds: stringArray;
}

/** 'SelectSeats' return type */
export interface ISelectSeatsResult {
  answers: Json | null;
  candidateId: string;
  competencies: Json;
  competencyRatings: Json;
  interviewerId: string;
  interviewerName: string;
  interviewId: string;
  loopId: string;
  prompts: Json | null;
  recommendation: recommendation | null;
  roundName: string | null;
  scalePoints: number;
  scorecardId: string;
  sections: Json | null;
  status: scorecard_status;
  submittedAt: Date | null;
  summary: string;
  weights: Json;
}

/** 'SelectSeats' query type */
export interface ISelectSeatsQuery {
  params: ISelectSeatsParams;
  result: ISelectSeatsResult;
}

/** 'SelectOwnStatuses' parameters type */
export interface ISelectOwnStatusesParams {
  candidateIds: stringArray;
  userId: string;
}

/** 'SelectOwnStatuses' return type */
export interface ISelectOwnStatusesResult {
  candidateId: string;
  status: scorecard_status;
}

/** 'SelectOwnStatuses' query type */
export interface ISelectOwnStatusesQuery {
  params: ISelectOwnStatusesParams;
  result: ISelectOwnStatusesResult;
}

/** 'SelectOrganizationRatings' parameters type */
export interface ISelectOrganizationRatingsParams {
  organizationId: string;
  viewerId: string;
}

/** 'SelectOrganizationRatings' return type */
export interface ISelectOrganizationRatingsResult {
  competency: string;
  interviewerId: string;
  jobId: string;
  loopId: string;
  points: number;
  rating: number;
}

/** 'SelectOrganizationRatings' query type */
export interface ISelectOrganizationRatingsQuery {
  params: ISelectOrganizationRatingsParams;
  result: ISelectOrganizationRatingsResult;
}

/** 'SelectDecisions' parameters type */
export interface ISelectDecisionsParams {
  loopIds: stringArray;
}

/** 'SelectDecisions' return type */
export interface ISelectDecisionsResult {
  decidedAt: Date;
  decidedByName: string;
  decision: hiring_decision;
  id: string;
  loopId: string;
  rationale: string;
}

/** 'SelectDecisions' query type */
export interface ISelectDecisionsQuery {
  params: ISelectDecisionsParams;
  result: ISelectDecisionsResult;
}

