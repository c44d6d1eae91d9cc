/** Types generated for queries found in "apps/api/src/bank-export/bank-export.repository.ts" */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type NumberOrString = number | string;

export type stringArray = (string)[];

/** 'SelectExportPage' parameters type */
export interface ISelectExportPageParams {
  afterCategory?: stringArray | null | void;
  afterId?: string | null | void;
  limit: NumberOrString;
  organizationId: string;
}

/** 'SelectExportPage' return type */
export interface ISelectExportPageResult {
  category: stringArray;
  classification: Json;
  code: string | null;
  fingerprint: string;
  followUps: stringArray;
  id: string;
  interviewerGuidance: string | null;
  label: string | null;
  lookFor: stringArray;
  prompt: string;
  redFlags: stringArray;
  referenceAnswer: string | null;
  sampleAnswer: string | null;
  whatToExpect: string | null;
}

/** 'SelectExportPage' query type */
export interface ISelectExportPageQuery {
  params: ISelectExportPageParams;
  result: ISelectExportPageResult;
}

/** 'CountExport' parameters type */
export interface ICountExportParams {
  afterCategory?: stringArray | null | void;
  afterId?: string | null | void;
  organizationId: string;
}

/** 'CountExport' return type */
export interface ICountExportResult {
  before: number;
  total: number;
}

/** 'CountExport' query type */
export interface ICountExportQuery {
  params: ICountExportParams;
  result: ICountExportResult;
}

/** 'SelectExportSources' parameters type */
export interface ISelectExportSourcesParams {
  organizationId: string;
  questionIds: stringArray;
}

/** 'SelectExportSources' return type */
export interface ISelectExportSourcesResult {
  file: string;
  item: number | null;
  line: number | null;
  questionId: string;
}

/** 'SelectExportSources' query type */
export interface ISelectExportSourcesQuery {
  params: ISelectExportSourcesParams;
  result: ISelectExportSourcesResult;
}

/** 'SelectOrganizations' parameters type */
export type ISelectOrganizationsParams = void;

/** 'SelectOrganizations' return type */
export interface ISelectOrganizationsResult {
  id: string;
  name: string;
  slug: string;
}

/** 'SelectOrganizations' query type */
export interface ISelectOrganizationsQuery {
  params: ISelectOrganizationsParams;
  result: ISelectOrganizationsResult;
}

