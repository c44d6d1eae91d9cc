/** Types generated for queries found in "apps/api/src/candidate-data/candidate-data.repository.ts" */
export type hiring_decision = 'HIRE' | 'HOLD' | 'NO_HIRE';

export type recommendation = 'NO' | 'STRONG_NO' | 'STRONG_YES' | 'YES';

export type scorecard_status = 'DRAFT' | 'PENDING' | 'SUBMITTED';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type NumberOrString = number | string;

export type stringArray = (string)[];

/** 'LockCandidate' parameters type */
export interface ILockCandidateParams {
  candidateId: string;
  organizationId?: string | null | void;
}

/** 'LockCandidate' return type */
export interface ILockCandidateResult {
  email: string;
  erasedAt: Date | null;
  id: string;
  links: stringArray;
  name: string;
  organizationId: string;
}

/** 'LockCandidate' query type */
export interface ILockCandidateQuery {
  params: ILockCandidateParams;
  result: ILockCandidateResult;
}

/** 'SetErasureCandidate' parameters type */
export interface ISetErasureCandidateParams {
  candidateId: string;
}

/** 'SetErasureCandidate' return type */
export interface ISetErasureCandidateResult {
  set_config: string | null;
}

/** 'SetErasureCandidate' query type */
export interface ISetErasureCandidateQuery {
  params: ISetErasureCandidateParams;
  result: ISetErasureCandidateResult;
}

/** 'ClearErasureCandidate' parameters type */
export type IClearErasureCandidateParams = void;

/** 'ClearErasureCandidate' return type */
export interface IClearErasureCandidateResult {
  set_config: string | null;
}

/** 'ClearErasureCandidate' query type */
export interface IClearErasureCandidateQuery {
  params: IClearErasureCandidateParams;
  result: IClearErasureCandidateResult;
}

/** 'TombstoneCandidate' parameters type */
export interface ITombstoneCandidateParams {
  candidateId: string;
  email: string;
  name: string;
}

/** 'TombstoneCandidate' return type */
export interface ITombstoneCandidateResult {
  erasedAt: Date;
}

/** 'TombstoneCandidate' query type */
export interface ITombstoneCandidateQuery {
  params: ITombstoneCandidateParams;
  result: ITombstoneCandidateResult;
}

/** 'BlankScorecardSummaries' parameters type */
export interface IBlankScorecardSummariesParams {
  candidateId: string;
}

/** 'BlankScorecardSummaries' return type */
export type IBlankScorecardSummariesResult = void;

/** 'BlankScorecardSummaries' query type */
export interface IBlankScorecardSummariesQuery {
  params: IBlankScorecardSummariesParams;
  result: IBlankScorecardSummariesResult;
}

/** 'BlankScorecardAnswerNotes' parameters type */
export interface IBlankScorecardAnswerNotesParams {
  candidateId: string;
}

/** 'BlankScorecardAnswerNotes' return type */
export type IBlankScorecardAnswerNotesResult = void;

/** 'BlankScorecardAnswerNotes' query type */
export interface IBlankScorecardAnswerNotesQuery {
  params: IBlankScorecardAnswerNotesParams;
  result: IBlankScorecardAnswerNotesResult;
}

/** 'BlankScorecardRevisions' parameters type */
export interface IBlankScorecardRevisionsParams {
  candidateId: string;
}

/** 'BlankScorecardRevisions' return type */
export type IBlankScorecardRevisionsResult = void;

/** 'BlankScorecardRevisions' query type */
export interface IBlankScorecardRevisionsQuery {
  params: IBlankScorecardRevisionsParams;
  result: IBlankScorecardRevisionsResult;
}

/** 'BlankDecisionRationales' parameters type */
export interface IBlankDecisionRationalesParams {
  candidateId: string;
}

/** 'BlankDecisionRationales' return type */
export type IBlankDecisionRationalesResult = void;

/** 'BlankDecisionRationales' query type */
export interface IBlankDecisionRationalesQuery {
  params: IBlankDecisionRationalesParams;
  result: IBlankDecisionRationalesResult;
}

/** 'ScrubAuditDetails' parameters type */
export interface IScrubAuditDetailsParams {
  namePattern: string;
  needles: stringArray;
  organizationId: string;
  prefilter: string;
}

/** 'ScrubAuditDetails' return type */
export type IScrubAuditDetailsResult = void;

/** 'ScrubAuditDetails' query type */
export interface IScrubAuditDetailsQuery {
  params: IScrubAuditDetailsParams;
  result: IScrubAuditDetailsResult;
}

/** 'ExportCandidate' parameters type */
export interface IExportCandidateParams {
  candidateId: string;
  organizationId: string;
}

/** 'ExportCandidate' return type */
export interface IExportCandidateResult {
  createdAt: Date;
  email: string;
  erasedAt: Date | null;
  id: string;
  links: stringArray;
  name: string;
  organizationName: string;
  updatedAt: Date;
}

/** 'ExportCandidate' query type */
export interface IExportCandidateQuery {
  params: IExportCandidateParams;
  result: IExportCandidateResult;
}

/** 'ExportLoops' parameters type */
export interface IExportLoopsParams {
  candidateId: string;
}

/** 'ExportLoops' return type */
export interface IExportLoopsResult {
  createdAt: Date;
  id: string;
  jobId: string;
  jobTitle: string;
  team: string;
}

/** 'ExportLoops' query type */
export interface IExportLoopsQuery {
  params: IExportLoopsParams;
  result: IExportLoopsResult;
}

/** 'ExportInterviews' parameters type */
export interface IExportInterviewsParams {
  candidateId: string;
}

/** 'ExportInterviews' return type */
export interface IExportInterviewsResult {
  durationMinutes: number;
  id: string;
  kit: string | null;
  loopId: string;
  round: string | null;
  scheduledAt: Date;
}

/** 'ExportInterviews' query type */
export interface IExportInterviewsQuery {
  params: IExportInterviewsParams;
  result: IExportInterviewsResult;
}

/** 'ExportScorecards' parameters type */
export interface IExportScorecardsParams {
  candidateId: string;
}

/** 'ExportScorecards' return type */
export interface IExportScorecardsResult {
  answers: Json;
  competencyRatings: Json;
  id: string;
  interviewer: string;
  interviewId: string;
  recommendation: recommendation | null;
  revision: number;
  startedAt: Date | null;
  status: scorecard_status;
  submittedAt: Date | null;
  summary: string;
}

/** 'ExportScorecards' query type */
export interface IExportScorecardsQuery {
  params: IExportScorecardsParams;
  result: IExportScorecardsResult;
}

/** 'ExportRevisions' parameters type */
export interface IExportRevisionsParams {
  candidateId: string;
}

/** 'ExportRevisions' return type */
export interface IExportRevisionsResult {
  content: Json;
  createdAt: Date;
  createdBy: string | null;
  reason: string;
  revision: number;
  scorecardId: string;
}

/** 'ExportRevisions' query type */
export interface IExportRevisionsQuery {
  params: IExportRevisionsParams;
  result: IExportRevisionsResult;
}

/** 'ExportDecisions' parameters type */
export interface IExportDecisionsParams {
  candidateId: string;
}

/** 'ExportDecisions' return type */
export interface IExportDecisionsResult {
  decidedAt: Date;
  decidedBy: string;
  decision: hiring_decision;
  loopId: string;
  rationale: string;
}

/** 'ExportDecisions' query type */
export interface IExportDecisionsQuery {
  params: IExportDecisionsParams;
  result: IExportDecisionsResult;
}

/** 'ExportAuditEvents' parameters type */
export interface IExportAuditEventsParams {
  candidateId: string;
  organizationId: string;
}

/** 'ExportAuditEvents' return type */
export interface IExportAuditEventsResult {
  action: string;
  actor: string;
  details: Json;
  occurredAt: Date;
  targetId: string;
  targetType: string;
}

/** 'ExportAuditEvents' query type */
export interface IExportAuditEventsQuery {
  params: IExportAuditEventsParams;
  result: IExportAuditEventsResult;
}

/** 'RetentionMonths' parameters type */
export interface IRetentionMonthsParams {
  organizationId: string;
}

/** 'RetentionMonths' return type */
export interface IRetentionMonthsResult {
  months: number | null;
}

/** 'RetentionMonths' query type */
export interface IRetentionMonthsQuery {
  params: IRetentionMonthsParams;
  result: IRetentionMonthsResult;
}

/** 'SetRetentionMonths' parameters type */
export interface ISetRetentionMonthsParams {
  months?: number | null | void;
  organizationId: string;
}

/** 'SetRetentionMonths' return type */
export interface ISetRetentionMonthsResult {
  previous: number | null;
}

/** 'SetRetentionMonths' query type */
export interface ISetRetentionMonthsQuery {
  params: ISetRetentionMonthsParams;
  result: ISetRetentionMonthsResult;
}

/** 'SelectDueForErasure' parameters type */
export interface ISelectDueForErasureParams {
  limit: NumberOrString;
  organizationId?: string | null | void;
}

/** 'SelectDueForErasure' return type */
export interface ISelectDueForErasureResult {
  candidateId: string;
  dueSince: Date;
  lastDecision: hiring_decision;
  lastDecisionAt: Date;
  name: string;
  organizationId: string;
  retentionMonths: number;
}

/** 'SelectDueForErasure' query type */
export interface ISelectDueForErasureQuery {
  params: ISelectDueForErasureParams;
  result: ISelectDueForErasureResult;
}

/** 'LockRetentionRun' parameters type */
export type ILockRetentionRunParams = void;

/** 'LockRetentionRun' return type */
export interface ILockRetentionRunResult {
  locked: boolean;
}

/** 'LockRetentionRun' query type */
export interface ILockRetentionRunQuery {
  params: ILockRetentionRunParams;
  result: ILockRetentionRunResult;
}

/** 'RetentionSavepoint' parameters type */
export type IRetentionSavepointParams = void;

/** 'RetentionSavepoint' return type */
export type IRetentionSavepointResult = void;

/** 'RetentionSavepoint' query type */
export interface IRetentionSavepointQuery {
  params: IRetentionSavepointParams;
  result: IRetentionSavepointResult;
}

/** 'ReleaseRetentionSavepoint' parameters type */
export type IReleaseRetentionSavepointParams = void;

/** 'ReleaseRetentionSavepoint' return type */
export type IReleaseRetentionSavepointResult = void;

/** 'ReleaseRetentionSavepoint' query type */
export interface IReleaseRetentionSavepointQuery {
  params: IReleaseRetentionSavepointParams;
  result: IReleaseRetentionSavepointResult;
}

/** 'RollbackToRetentionSavepoint' parameters type */
export type IRollbackToRetentionSavepointParams = void;

/** 'RollbackToRetentionSavepoint' return type */
export type IRollbackToRetentionSavepointResult = void;

/** 'RollbackToRetentionSavepoint' query type */
export interface IRollbackToRetentionSavepointQuery {
  params: IRollbackToRetentionSavepointParams;
  result: IRollbackToRetentionSavepointResult;
}

