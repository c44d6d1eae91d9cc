/** Types generated for queries found in "apps/api/src/interviews/interviews.repository.ts" */
export type member_role = 'ADMIN' | 'HIRING_MANAGER' | 'INTERVIEWER' | 'RECRUITER';

export type scorecard_status = 'DRAFT' | 'PENDING' | 'SUBMITTED';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type member_roleArray = (member_role)[];

export type stringArray = (string)[];

/** 'FindJobAndCandidate' parameters type */
export interface IFindJobAndCandidateParams {
  candidateId: string;
  jobId: string;
  organizationId: string;
}

/** 'FindJobAndCandidate' return type */
export interface IFindJobAndCandidateResult {
  candidate: string | null;
  job: string | null;
}

/** 'FindJobAndCandidate' query type */
export interface IFindJobAndCandidateQuery {
  params: IFindJobAndCandidateParams;
  result: IFindJobAndCandidateResult;
}

/** 'InsertLoop' parameters type */
export interface IInsertLoopParams {
  candidateId: string;
  jobId: string;
  organizationId: string;
}

/** 'InsertLoop' return type */
export interface IInsertLoopResult {
  id: string;
}

/** 'InsertLoop' query type */
export interface IInsertLoopQuery {
  params: IInsertLoopParams;
  result: IInsertLoopResult;
}

/** 'SelectLoops' parameters type */
export interface ISelectLoopsParams {
  candidateIds?: stringArray | null | void;
  id?: string | null | void;
  jobIds?: stringArray | null | void;
  organizationId?: string | null | void;
}

/** 'SelectLoops' return type */
export interface ISelectLoopsResult {
  candidateId: string;
  createdAt: Date;
  id: string;
  jobId: string;
}

/** 'SelectLoops' query type */
export interface ISelectLoopsQuery {
  params: ISelectLoopsParams;
  result: ISelectLoopsResult;
}

/** 'SelectInterviewsOfLoops' parameters type */
export interface ISelectInterviewsOfLoopsParams {
  loopIds: stringArray;
}

/** 'SelectInterviewsOfLoops' return type */
export interface ISelectInterviewsOfLoopsResult {
  candidate: Json;
  durationMinutes: number;
  id: string;
  jobId: string;
  jobTitle: string;
  kitSnapshot: Json;
  loopId: string;
  roundId: string | null;
  roundName: string | null;
  scheduledAt: Date;
  version: number;
}

/** 'SelectInterviewsOfLoops' query type */
export interface ISelectInterviewsOfLoopsQuery {
  params: ISelectInterviewsOfLoopsParams;
  result: ISelectInterviewsOfLoopsResult;
}

/** 'SelectInterview' parameters type */
export interface ISelectInterviewParams {
  everyone: boolean;
  id: string;
  organizationId: string;
  userId: string;
  withScorecard: boolean;
}

/** 'SelectInterview' return type */
export interface ISelectInterviewResult {
  candidate: Json;
  durationMinutes: number;
  id: string;
  jobId: string;
  jobTitle: string;
  kitSnapshot: Json;
  loopId: string;
  myScorecard: Json | null;
  roundId: string | null;
  roundName: string | null;
  scheduledAt: Date;
  version: number;
}

/** 'SelectInterview' query type */
export interface ISelectInterviewQuery {
  params: ISelectInterviewParams;
  result: ISelectInterviewResult;
}

/** 'SelectMyInterviews' parameters type */
export interface ISelectMyInterviewsParams {
  organizationId: string;
  userId: string;
  withScorecard: boolean;
}

/** 'SelectMyInterviews' return type */
export interface ISelectMyInterviewsResult {
  candidate: Json;
  durationMinutes: number;
  id: string;
  jobId: string;
  jobTitle: string;
  kitSnapshot: Json;
  loopId: string;
  myScorecard: Json | null;
  roundId: string | null;
  roundName: string | null;
  scheduledAt: Date;
  version: number;
}

/** 'SelectMyInterviews' query type */
export interface ISelectMyInterviewsQuery {
  params: ISelectMyInterviewsParams;
  result: ISelectMyInterviewsResult;
}

/** 'InsertInterview' parameters type */
export interface IInsertInterviewParams {
  durationMinutes: number;
  kitId: string;
  kitSnapshot: Json;
  loopId: string;
  organizationId: string;
  roundId?: string | null | void;
  scheduledAt: DateOrString;
}

/** 'InsertInterview' return type */
export interface IInsertInterviewResult {
  id: string;
}

/** 'InsertInterview' query type */
export interface IInsertInterviewQuery {
  params: IInsertInterviewParams;
  result: IInsertInterviewResult;
}

/** 'UpdateInterview' parameters type */
export interface IUpdateInterviewParams {
  durationMinutes?: number | null | void;
  id: string;
  organizationId: string;
  scheduledAt: DateOrString;
  version: number;
}

/** 'UpdateInterview' return type */
export type IUpdateInterviewResult = void;

/** 'UpdateInterview' query type */
export interface IUpdateInterviewQuery {
  params: IUpdateInterviewParams;
  result: IUpdateInterviewResult;
}

/** 'FindStartedSeat' parameters type */
export interface IFindStartedSeatParams {
  interviewId: string;
}

/** 'FindStartedSeat' return type */
export interface IFindStartedSeatResult {
  one: number | null;
}

/** 'FindStartedSeat' query type */
export interface IFindStartedSeatQuery {
  params: IFindStartedSeatParams;
  result: IFindStartedSeatResult;
}

/** 'DeleteInterview' parameters type */
export interface IDeleteInterviewParams {
  id: string;
}

/** 'DeleteInterview' return type */
export type IDeleteInterviewResult = void;

/** 'DeleteInterview' query type */
export interface IDeleteInterviewQuery {
  params: IDeleteInterviewParams;
  result: IDeleteInterviewResult;
}

/** 'SelectOverdue' parameters type */
export interface ISelectOverdueParams {
  organizationId: string;
}

/** 'SelectOverdue' return type */
export interface ISelectOverdueResult {
  candidate: Json;
  endedAt: Date;
  id: string;
  interviewer: Json;
  interviewId: string;
  jobTitle: string;
  loopId: string;
  roundName: string | null;
  status: scorecard_status;
}

/** 'SelectOverdue' query type */
export interface ISelectOverdueQuery {
  params: ISelectOverdueParams;
  result: ISelectOverdueResult;
}

/** 'SelectSeats' parameters type */
export interface ISelectSeatsParams {
  interviewIds?: stringArray | null | void;
  scorecardId?: string | null | void;
}

/** 'SelectSeats' return type */
export interface ISelectSeatsResult {
  amendments: number;
  id: string;
  interviewer: Json;
  interviewId: string;
  loopId: string;
  status: scorecard_status;
  submittedAt: Date | null;
}

/** 'SelectSeats' query type */
export interface ISelectSeatsQuery {
  params: ISelectSeatsParams;
  result: ISelectSeatsResult;
}

/** 'FindRoundKit' parameters type */
export interface IFindRoundKitParams {
  jobId: string;
  roundId: string;
}

/** 'FindRoundKit' return type */
export interface IFindRoundKitResult {
  kitId: string;
}

/** 'FindRoundKit' query type */
export interface IFindRoundKitQuery {
  params: IFindRoundKitParams;
  result: IFindRoundKitResult;
}

/** 'FindScorers' parameters type */
export interface IFindScorersParams {
  organizationId: string;
  roles: member_roleArray;
  userIds: stringArray;
}

/** 'FindScorers' return type */
export interface IFindScorersResult {
  userId: string;
}

/** 'FindScorers' query type */
export interface IFindScorersQuery {
  params: IFindScorersParams;
  result: IFindScorersResult;
}

/** 'SelectPanelIds' parameters type */
export interface ISelectPanelIdsParams {
  interviewId: string;
}

/** 'SelectPanelIds' return type */
export interface ISelectPanelIdsResult {
  interviewerId: string;
}

/** 'SelectPanelIds' query type */
export interface ISelectPanelIdsQuery {
  params: ISelectPanelIdsParams;
  result: ISelectPanelIdsResult;
}

/** 'DeleteSeatsExcept' parameters type */
export interface IDeleteSeatsExceptParams {
  interviewId: string;
  keep: stringArray;
}

/** 'DeleteSeatsExcept' return type */
export interface IDeleteSeatsExceptResult {
  status: scorecard_status;
}

/** 'DeleteSeatsExcept' query type */
export interface IDeleteSeatsExceptQuery {
  params: IDeleteSeatsExceptParams;
  result: IDeleteSeatsExceptResult;
}

/** 'InsertSeats' parameters type */
export interface IInsertSeatsParams {
  candidateId: string;
  interviewerIds: stringArray;
  interviewId: string;
  organizationId: string;
}

/** 'InsertSeats' return type */
export interface IInsertSeatsResult {
  id: string;
}

/** 'InsertSeats' query type */
export interface IInsertSeatsQuery {
  params: IInsertSeatsParams;
  result: IInsertSeatsResult;
}

