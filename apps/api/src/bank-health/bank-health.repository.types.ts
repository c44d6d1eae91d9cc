/** Types generated for queries found in "apps/api/src/bank-health/bank-health.repository.ts" */
export type question_difficulty = 'junior' | 'mid' | 'senior';

export type question_status = 'ACTIVE' | 'ARCHIVED';

export type question_type = 'behavioural' | 'career' | 'coding' | 'situational' | 'system-design' | 'technical';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type stringArray = (string)[];

/** 'CountMissingRubricSql' parameters type */
export interface ICountMissingRubricSqlParams {
  organizationId: string;
}

/** 'CountMissingRubricSql' return type */
export interface ICountMissingRubricSqlResult {
  count: number;
}

/** 'CountMissingRubricSql' query type */
export interface ICountMissingRubricSqlQuery {
  params: ICountMissingRubricSqlParams;
  result: ICountMissingRubricSqlResult;
}

/** 'SelectMissingRubric' parameters type */
export interface ISelectMissingRubricParams {
  organizationId: string;
}

/** 'SelectMissingRubric' return type */
export interface ISelectMissingRubricResult {
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

/** 'SelectMissingRubric' query type */
export interface ISelectMissingRubricQuery {
  params: ISelectMissingRubricParams;
  result: ISelectMissingRubricResult;
}

/** 'SelectProtected' parameters type */
export interface ISelectProtectedParams {
  organizationId: string;
}

/** 'SelectProtected' return type */
export interface ISelectProtectedResult {
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

/** 'SelectProtected' query type */
export interface ISelectProtectedQuery {
  params: ISelectProtectedParams;
  result: ISelectProtectedResult;
}

/** 'SelectPossibleDuplicates' parameters type */
export interface ISelectPossibleDuplicatesParams {
  organizationId: string;
}

/** 'SelectPossibleDuplicates' return type */
export interface ISelectPossibleDuplicatesResult {
  a: Json;
  b: Json;
  score: number;
}

/** 'SelectPossibleDuplicates' query type */
export interface ISelectPossibleDuplicatesQuery {
  params: ISelectPossibleDuplicatesParams;
  result: ISelectPossibleDuplicatesResult;
}

/** 'DismissPairSql' parameters type */
export interface IDismissPairSqlParams {
  organizationId: string;
  questionA: string;
  questionB: string;
}

/** 'DismissPairSql' return type */
export type IDismissPairSqlResult = void;

/** 'DismissPairSql' query type */
export interface IDismissPairSqlQuery {
  params: IDismissPairSqlParams;
  result: IDismissPairSqlResult;
}

