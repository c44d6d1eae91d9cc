/** Types generated for queries found in "apps/api/src/questions/questions.repository.ts" */
export type question_difficulty = 'junior' | 'mid' | 'senior';

export type question_status = 'ACTIVE' | 'ARCHIVED';

export type question_type = 'behavioural' | 'career' | 'coding' | 'situational' | 'system-design' | 'technical';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

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

