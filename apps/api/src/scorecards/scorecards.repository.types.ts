/** Types generated for queries found in "apps/api/src/scorecards/scorecards.repository.ts" */
export type recommendation = 'NO' | 'STRONG_NO' | 'STRONG_YES' | 'YES';

export type scorecard_status = 'DRAFT' | 'PENDING' | 'SUBMITTED';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type stringArray = (string)[];

/** 'SelectScorecards' parameters type */
export interface ISelectScorecardsParams {
  id?: string | null | void;
  interviewerId?: string | null | void;
  interviewIds?: stringArray | null | void;
  organizationId?: string | null | void;
  submittedOrBy?: string | null | void;
}

/** 'SelectScorecards' return type */
export interface ISelectScorecardsResult {
  answers: Json;
  candidateId: string;
  competencyRatings: Json;
  id: string;
  interviewer: Json;
  interviewerId: string;
  interviewId: string;
  recommendation: recommendation | null;
  revision: number;
  startedAt: Date | null;
  status: scorecard_status;
  submittedAt: Date | null;
  summary: string;
  updatedAt: Date;
  version: number;
}

/** 'SelectScorecards' query type */
export interface ISelectScorecardsQuery {
  params: ISelectScorecardsParams;
  result: ISelectScorecardsResult;
}

/** 'FindEditable' parameters type */
export interface IFindEditableParams {
  id: string;
  organizationId: string;
}

/** 'FindEditable' return type */
export interface IFindEditableResult {
  answers: Json;
  candidateErased: boolean;
  candidateId: string;
  competencyRatings: Json;
  id: string;
  interviewer: Json;
  interviewerId: string;
  interviewId: string;
  interviewStarted: boolean;
  interviewStartsAt: Date;
  kitSnapshot: Json;
  recommendation: recommendation | null;
  revision: number;
  startedAt: Date | null;
  status: scorecard_status;
  submittedAt: Date | null;
  summary: string;
  updatedAt: Date;
  version: number;
}

/** 'FindEditable' query type */
export interface IFindEditableQuery {
  params: IFindEditableParams;
  result: IFindEditableResult;
}

/** 'SelectRevisions' parameters type */
export interface ISelectRevisionsParams {
  scorecardId: string;
}

/** 'SelectRevisions' return type */
export interface ISelectRevisionsResult {
  content: Json;
  createdAt: Date;
  createdByName: string | null;
  reason: string;
  revision: number;
}

/** 'SelectRevisions' query type */
export interface ISelectRevisionsQuery {
  params: ISelectRevisionsParams;
  result: ISelectRevisionsResult;
}

/** 'Autosave' parameters type */
export interface IAutosaveParams {
  answers: Json;
  id: string;
  organizationId: string;
  ratings: Json;
  recommendation?: recommendation | null | void;
  setRecommendation: boolean;
  summary?: string | null | void;
  userId: string;
  version: number;
}

/** 'Autosave' return type */
export interface IAutosaveResult {
  answers: Json;
  candidateId: string;
  competencyRatings: Json;
  id: string;
  interviewer: Json;
  interviewerId: string;
  interviewId: string;
  previousStatus: scorecard_status;
  recommendation: recommendation | null;
  revision: number;
  startedAt: Date | null;
  status: scorecard_status;
  submittedAt: Date | null;
  summary: string;
  updatedAt: Date;
  version: number;
}

/** 'Autosave' query type */
export interface IAutosaveQuery {
  params: IAutosaveParams;
  result: IAutosaveResult;
}

/** 'SaveDraft' parameters type */
export interface ISaveDraftParams {
  id: string;
  recommendation?: recommendation | null | void;
  summary: string;
  version: number;
}

/** 'SaveDraft' return type */
export type ISaveDraftResult = void;

/** 'SaveDraft' query type */
export interface ISaveDraftQuery {
  params: ISaveDraftParams;
  result: ISaveDraftResult;
}

/** 'Submit' parameters type */
export interface ISubmitParams {
  id: string;
  recommendation?: recommendation | null | void;
  summary: string;
  version: number;
}

/** 'Submit' return type */
export type ISubmitResult = void;

/** 'Submit' query type */
export interface ISubmitQuery {
  params: ISubmitParams;
  result: ISubmitResult;
}

/** 'InsertRevision' parameters type */
export interface IInsertRevisionParams {
  content: Json;
  createdBy: string;
  id: string;
  reason: string;
}

/** 'InsertRevision' return type */
export type IInsertRevisionResult = void;

/** 'InsertRevision' query type */
export interface IInsertRevisionQuery {
  params: IInsertRevisionParams;
  result: IInsertRevisionResult;
}

/** 'UpsertAnswers' parameters type */
export interface IUpsertAnswersParams {
  answers: Json;
  scorecardId: string;
}

/** 'UpsertAnswers' return type */
export type IUpsertAnswersResult = void;

/** 'UpsertAnswers' query type */
export interface IUpsertAnswersQuery {
  params: IUpsertAnswersParams;
  result: IUpsertAnswersResult;
}

/** 'UpsertCompetencyRatings' parameters type */
export interface IUpsertCompetencyRatingsParams {
  ratings: Json;
  scorecardId: string;
}

/** 'UpsertCompetencyRatings' return type */
export type IUpsertCompetencyRatingsResult = void;

/** 'UpsertCompetencyRatings' query type */
export interface IUpsertCompetencyRatingsQuery {
  params: IUpsertCompetencyRatingsParams;
  result: IUpsertCompetencyRatingsResult;
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

