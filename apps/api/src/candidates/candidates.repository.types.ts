/** Types generated for queries found in "apps/api/src/candidates/candidates.repository.ts" */
export type NumberOrString = number | string;

export type stringArray = (string)[];

/** 'SearchCandidates' parameters type */
export interface ISearchCandidatesParams {
  limit: NumberOrString;
  organizationId: string;
  pattern?: string | null | void;
}

/** 'SearchCandidates' return type */
export interface ISearchCandidatesResult {
  createdAt: Date;
  email: string;
  erasedAt: Date | null;
  id: string;
  links: stringArray;
  name: string;
  version: number;
}

/** 'SearchCandidates' query type */
export interface ISearchCandidatesQuery {
  params: ISearchCandidatesParams;
  result: ISearchCandidatesResult;
}

/** 'SelectCandidatesByIds' parameters type */
export interface ISelectCandidatesByIdsParams {
  ids: stringArray;
}

/** 'SelectCandidatesByIds' return type */
export interface ISelectCandidatesByIdsResult {
  createdAt: Date;
  email: string;
  erasedAt: Date | null;
  id: string;
  links: stringArray;
  name: string;
  version: number;
}

/** 'SelectCandidatesByIds' query type */
export interface ISelectCandidatesByIdsQuery {
  params: ISelectCandidatesByIdsParams;
  result: ISelectCandidatesByIdsResult;
}

/** 'FindCandidate' parameters type */
export interface IFindCandidateParams {
  id: string;
  organizationId: string;
}

/** 'FindCandidate' return type */
export interface IFindCandidateResult {
  createdAt: Date;
  email: string;
  erasedAt: Date | null;
  id: string;
  links: stringArray;
  name: string;
  version: number;
}

/** 'FindCandidate' query type */
export interface IFindCandidateQuery {
  params: IFindCandidateParams;
  result: IFindCandidateResult;
}

/** 'FindJob' parameters type */
export interface IFindJobParams {
  jobId: string;
  organizationId: string;
}

/** 'FindJob' return type */
export interface IFindJobResult {
  id: string;
}

/** 'FindJob' query type */
export interface IFindJobQuery {
  params: IFindJobParams;
  result: IFindJobResult;
}

/** 'InsertCandidate' parameters type */
export interface IInsertCandidateParams {
  createdBy: string;
  email: string;
  links: stringArray;
  name: string;
  organizationId: string;
}

/** 'InsertCandidate' return type */
export interface IInsertCandidateResult {
  id: string;
}

/** 'InsertCandidate' query type */
export interface IInsertCandidateQuery {
  params: IInsertCandidateParams;
  result: IInsertCandidateResult;
}

/** 'InsertLoop' parameters type */
export interface IInsertLoopParams {
  candidateId: string;
  jobId: string;
  organizationId: string;
}

/** 'InsertLoop' return type */
export type IInsertLoopResult = void;

/** 'InsertLoop' query type */
export interface IInsertLoopQuery {
  params: IInsertLoopParams;
  result: IInsertLoopResult;
}

/** 'UpdateCandidate' parameters type */
export interface IUpdateCandidateParams {
  email: string;
  id: string;
  links: stringArray;
  name: string;
  organizationId: string;
  version: number;
}

/** 'UpdateCandidate' return type */
export type IUpdateCandidateResult = void;

/** 'UpdateCandidate' query type */
export interface IUpdateCandidateQuery {
  params: IUpdateCandidateParams;
  result: IUpdateCandidateResult;
}

