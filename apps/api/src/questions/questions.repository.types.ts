/** Types generated for queries found in "apps/api/src/questions/questions.repository.ts" */
export type question_difficulty = 'junior' | 'mid' | 'senior';

export type question_status = 'ACTIVE' | 'ARCHIVED';

export type question_type = 'behavioural' | 'career' | 'coding' | 'situational' | 'system-design' | 'technical';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type question_difficultyArray = (question_difficulty)[];

export type question_typeArray = (question_type)[];

export type stringArray = (string)[];

/** 'FindQuestion' parameters type */
export interface IFindQuestionParams {
  id: string;
  organizationId: string;
}

/** 'FindQuestion' return type */
export interface IFindQuestionResult {
  category: stringArray;
  competencies: stringArray;
  createdAt: Date;
  currentRevision: number;
  difficulty: question_difficulty;
  hasLookFor: boolean;
  hasRedFlags: boolean;
  id: string;
  label: string | null;
  prompt: string;
  protectedFindings: Json;
  status: question_status;
  tags: stringArray;
  type: question_type;
  updatedAt: Date;
  version: number;
}

/** 'FindQuestion' query type */
export interface IFindQuestionQuery {
  params: IFindQuestionParams;
  result: IFindQuestionResult;
}

/** 'SetQuestionStatus' parameters type */
export interface ISetQuestionStatusParams {
  id: string;
  organizationId: string;
  status: question_status;
}

/** 'SetQuestionStatus' return type */
export type ISetQuestionStatusResult = void;

/** 'SetQuestionStatus' query type */
export interface ISetQuestionStatusQuery {
  params: ISetQuestionStatusParams;
  result: ISetQuestionStatusResult;
}

/** 'FindUserName' parameters type */
export interface IFindUserNameParams {
  userId: string;
}

/** 'FindUserName' return type */
export interface IFindUserNameResult {
  name: string;
}

/** 'FindUserName' query type */
export interface IFindUserNameQuery {
  params: IFindUserNameParams;
  result: IFindUserNameResult;
}

/** 'SelectSources' parameters type */
export interface ISelectSourcesParams {
  questionIds: stringArray;
}

/** 'SelectSources' return type */
export interface ISelectSourcesResult {
  createdAt: Date;
  file: string;
  item: number | null;
  line: number | null;
  questionId: string;
}

/** 'SelectSources' query type */
export interface ISelectSourcesQuery {
  params: ISelectSourcesParams;
  result: ISelectSourcesResult;
}

/** 'SelectRevisions' parameters type */
export interface ISelectRevisionsParams {
  ids?: stringArray | null | void;
  organizationId?: string | null | void;
  questionIds?: stringArray | null | void;
}

/** 'SelectRevisions' return type */
export interface ISelectRevisionsResult {
  category: stringArray;
  changeNote: string | null;
  classification: Json;
  code: string | null;
  competencies: stringArray;
  createdAt: Date;
  createdByName: string | null;
  difficulty: question_difficulty;
  followUps: stringArray;
  id: string;
  interviewerGuidance: string | null;
  label: string | null;
  lookFor: stringArray;
  prompt: string;
  questionId: string;
  redFlags: stringArray;
  referenceAnswer: string | null;
  revision: number;
  sampleAnswer: string | null;
  tags: stringArray;
  type: question_type;
  whatToExpect: string | null;
}

/** 'SelectRevisions' query type */
export interface ISelectRevisionsQuery {
  params: ISelectRevisionsParams;
  result: ISelectRevisionsResult;
}

/** 'SelectCurrentRevisions' parameters type */
export interface ISelectCurrentRevisionsParams {
  questionIds: stringArray;
}

/** 'SelectCurrentRevisions' return type */
export interface ISelectCurrentRevisionsResult {
  category: stringArray;
  changeNote: string | null;
  classification: Json;
  code: string | null;
  competencies: stringArray;
  createdAt: Date;
  createdByName: string | null;
  difficulty: question_difficulty;
  followUps: stringArray;
  id: string;
  interviewerGuidance: string | null;
  label: string | null;
  lookFor: stringArray;
  prompt: string;
  questionId: string;
  redFlags: stringArray;
  referenceAnswer: string | null;
  revision: number;
  sampleAnswer: string | null;
  tags: stringArray;
  type: question_type;
  whatToExpect: string | null;
}

/** 'SelectCurrentRevisions' query type */
export interface ISelectCurrentRevisionsQuery {
  params: ISelectCurrentRevisionsParams;
  result: ISelectCurrentRevisionsResult;
}

/** 'RaiseGinPendingListLimit' parameters type */
export type IRaiseGinPendingListLimitParams = void;

/** 'RaiseGinPendingListLimit' return type */
export type IRaiseGinPendingListLimitResult = void;

/** 'RaiseGinPendingListLimit' query type */
export interface IRaiseGinPendingListLimitQuery {
  params: IRaiseGinPendingListLimitParams;
  result: IRaiseGinPendingListLimitResult;
}

/** 'InsertNewQuestions' parameters type */
export interface IInsertNewQuestionsParams {
  importId?: string | null | void;
  organizationId: string;
  rows: Json;
  userId?: string | null | void;
}

/** 'InsertNewQuestions' return type */
export interface IInsertNewQuestionsResult {
  fingerprint: string;
  id: string;
  sourcesAdded: number;
}

/** 'InsertNewQuestions' query type */
export interface IInsertNewQuestionsQuery {
  params: IInsertNewQuestionsParams;
  result: IInsertNewQuestionsResult;
}

/** 'InsertSources' parameters type */
export interface IInsertSourcesParams {
  importId?: string | null | void;
  organizationId: string;
  rows: Json;
}

/** 'InsertSources' return type */
export type IInsertSourcesResult = void;

/** 'InsertSources' query type */
export interface IInsertSourcesQuery {
  params: IInsertSourcesParams;
  result: IInsertSourcesResult;
}

/** 'ReviseQuestion' parameters type */
export interface IReviseQuestionParams {
  organizationId: string;
  questionId: string;
  rows: Json;
  version: number;
}

/** 'ReviseQuestion' return type */
export interface IReviseQuestionResult {
  currentRevision: number;
}

/** 'ReviseQuestion' query type */
export interface IReviseQuestionQuery {
  params: IReviseQuestionParams;
  result: IReviseQuestionResult;
}

/** 'SelectQuestionExists' parameters type */
export interface ISelectQuestionExistsParams {
  organizationId: string;
  questionId: string;
}

/** 'SelectQuestionExists' return type */
export interface ISelectQuestionExistsResult {
  one: number;
}

/** 'SelectQuestionExists' query type */
export interface ISelectQuestionExistsQuery {
  params: ISelectQuestionExistsParams;
  result: ISelectQuestionExistsResult;
}

/** 'InsertRevision' parameters type */
export interface IInsertRevisionParams {
  changeNote?: string | null | void;
  organizationId: string;
  questionId: string;
  revision: number;
  rows: Json;
  userId: string;
}

/** 'InsertRevision' return type */
export type IInsertRevisionResult = void;

/** 'InsertRevision' query type */
export interface IInsertRevisionQuery {
  params: IInsertRevisionParams;
  result: IInsertRevisionResult;
}

/** 'CleanSearchIndexes' parameters type */
export type ICleanSearchIndexesParams = void;

/** 'CleanSearchIndexes' return type */
export interface ICleanSearchIndexesResult {
  gin_clean_pending_list: string | null;
}

/** 'CleanSearchIndexes' query type */
export interface ICleanSearchIndexesQuery {
  params: ICleanSearchIndexesParams;
  result: ICleanSearchIndexesResult;
}

/** 'InsertDuplicateSuggestions' parameters type */
export interface IInsertDuplicateSuggestionsParams {
  organizationId: string;
  pairs: Json;
}

/** 'InsertDuplicateSuggestions' return type */
export type IInsertDuplicateSuggestionsResult = void;

/** 'InsertDuplicateSuggestions' query type */
export interface IInsertDuplicateSuggestionsQuery {
  params: IInsertDuplicateSuggestionsParams;
  result: IInsertDuplicateSuggestionsResult;
}

/** 'SelectActivePrompts' parameters type */
export interface ISelectActivePromptsParams {
  last: string;
  organizationId: string;
}

/** 'SelectActivePrompts' return type */
export interface ISelectActivePromptsResult {
  fingerprint: string;
  id: string;
  prompt: string;
}

/** 'SelectActivePrompts' query type */
export interface ISelectActivePromptsQuery {
  params: ISelectActivePromptsParams;
  result: ISelectActivePromptsResult;
}

/** 'SearchQuestions' parameters type */
export interface ISearchQuestionsParams {
  afterId?: string | null | void;
  afterKey?: string | null | void;
  competencies?: stringArray | null | void;
  difficulties?: question_difficultyArray | null | void;
  hasRubric?: boolean | null | void;
  limit: number;
  organizationId: string;
  status: question_status;
  tags?: stringArray | null | void;
  text?: string | null | void;
  types?: question_typeArray | null | void;
}

/** 'SearchQuestions' return type */
export interface ISearchQuestionsResult {
  category: stringArray;
  competencies: stringArray;
  createdAt: Date;
  currentRevision: number;
  difficulty: question_difficulty;
  hasLookFor: boolean;
  hasRedFlags: boolean;
  id: string;
  label: string | null;
  marked: string;
  prompt: string;
  protectedFindings: Json;
  sortKey: string;
  status: question_status;
  tags: stringArray;
  type: question_type;
  updatedAt: Date;
  version: number;
}

/** 'SearchQuestions' query type */
export interface ISearchQuestionsQuery {
  params: ISearchQuestionsParams;
  result: ISearchQuestionsResult;
}

/** 'CountQuestions' parameters type */
export interface ICountQuestionsParams {
  competencies?: stringArray | null | void;
  difficulties?: question_difficultyArray | null | void;
  hasRubric?: boolean | null | void;
  organizationId: string;
  status: question_status;
  tags?: stringArray | null | void;
  text?: string | null | void;
  types?: question_typeArray | null | void;
}

/** 'CountQuestions' return type */
export interface ICountQuestionsResult {
  count: number;
  suggestion: string | null;
}

/** 'CountQuestions' query type */
export interface ICountQuestionsQuery {
  params: ICountQuestionsParams;
  result: ICountQuestionsResult;
}

/** 'FacetType' parameters type */
export interface IFacetTypeParams {
  competencies?: stringArray | null | void;
  difficulties?: question_difficultyArray | null | void;
  hasRubric?: boolean | null | void;
  organizationId: string;
  status: question_status;
  tags?: stringArray | null | void;
  text?: string | null | void;
}

/** 'FacetType' return type */
export interface IFacetTypeResult {
  count: number;
  value: string;
}

/** 'FacetType' query type */
export interface IFacetTypeQuery {
  params: IFacetTypeParams;
  result: IFacetTypeResult;
}

/** 'FacetDifficulty' parameters type */
export interface IFacetDifficultyParams {
  competencies?: stringArray | null | void;
  hasRubric?: boolean | null | void;
  organizationId: string;
  status: question_status;
  tags?: stringArray | null | void;
  text?: string | null | void;
  types?: question_typeArray | null | void;
}

/** 'FacetDifficulty' return type */
export interface IFacetDifficultyResult {
  count: number;
  value: string;
}

/** 'FacetDifficulty' query type */
export interface IFacetDifficultyQuery {
  params: IFacetDifficultyParams;
  result: IFacetDifficultyResult;
}

/** 'FacetCompetency' parameters type */
export interface IFacetCompetencyParams {
  difficulties?: question_difficultyArray | null | void;
  hasRubric?: boolean | null | void;
  organizationId: string;
  status: question_status;
  tags?: stringArray | null | void;
  text?: string | null | void;
  types?: question_typeArray | null | void;
}

/** 'FacetCompetency' return type */
export interface IFacetCompetencyResult {
  count: number;
  value: string;
}

/** 'FacetCompetency' query type */
export interface IFacetCompetencyQuery {
  params: IFacetCompetencyParams;
  result: IFacetCompetencyResult;
}

/** 'FacetTag' parameters type */
export interface IFacetTagParams {
  competencies?: stringArray | null | void;
  difficulties?: question_difficultyArray | null | void;
  hasRubric?: boolean | null | void;
  organizationId: string;
  status: question_status;
  text?: string | null | void;
  types?: question_typeArray | null | void;
}

/** 'FacetTag' return type */
export interface IFacetTagResult {
  count: number;
  value: string;
}

/** 'FacetTag' query type */
export interface IFacetTagQuery {
  params: IFacetTagParams;
  result: IFacetTagResult;
}

/** 'FacetHasRubric' parameters type */
export interface IFacetHasRubricParams {
  competencies?: stringArray | null | void;
  difficulties?: question_difficultyArray | null | void;
  organizationId: string;
  status: question_status;
  tags?: stringArray | null | void;
  text?: string | null | void;
  types?: question_typeArray | null | void;
}

/** 'FacetHasRubric' return type */
export interface IFacetHasRubricResult {
  count: number;
  value: string;
}

/** 'FacetHasRubric' query type */
export interface IFacetHasRubricQuery {
  params: IFacetHasRubricParams;
  result: IFacetHasRubricResult;
}

