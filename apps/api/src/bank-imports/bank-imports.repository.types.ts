/** Types generated for queries found in "apps/api/src/bank-imports/bank-imports.repository.ts" */
export type bank_import_status = 'COMMITTED' | 'DISCARDED' | 'PREVIEW';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type stringArray = (string)[];

/** 'IsAlreadyImported' parameters type */
export interface IIsAlreadyImportedParams {
  organizationId: string;
  sha256: string;
}

/** 'IsAlreadyImported' return type */
export interface IIsAlreadyImportedResult {
  exists: boolean;
}

/** 'IsAlreadyImported' query type */
export interface IIsAlreadyImportedQuery {
  params: IIsAlreadyImportedParams;
  result: IIsAlreadyImportedResult;
}

/** 'InsertPreview' parameters type */
export interface IInsertPreviewParams {
  createdBy: string;
  fileName: string;
  format: string;
  organizationId: string;
  plan: Json;
  sha256: string;
}

/** 'InsertPreview' return type */
export interface IInsertPreviewResult {
  id: string;
}

/** 'InsertPreview' query type */
export interface IInsertPreviewQuery {
  params: IInsertPreviewParams;
  result: IInsertPreviewResult;
}

/** 'FindImport' parameters type */
export interface IFindImportParams {
  id: string;
  organizationId: string;
}

/** 'FindImport' return type */
export interface IFindImportResult {
  committedAt: Date | null;
  createdAt: Date;
  fileName: string;
  format: string;
  id: string;
  plan: Json;
  result: Json | null;
  status: bank_import_status;
}

/** 'FindImport' query type */
export interface IFindImportQuery {
  params: IFindImportParams;
  result: IFindImportResult;
}

/** 'LatestImports' parameters type */
export interface ILatestImportsParams {
  organizationId: string;
}

/** 'LatestImports' return type */
export interface ILatestImportsResult {
  committedAt: Date | null;
  createdAt: Date;
  fileName: string;
  format: string;
  id: string;
  plan: Json;
  result: Json | null;
  status: bank_import_status;
}

/** 'LatestImports' query type */
export interface ILatestImportsQuery {
  params: ILatestImportsParams;
  result: ILatestImportsResult;
}

/** 'LockImport' parameters type */
export interface ILockImportParams {
  id: string;
  organizationId: string;
}

/** 'LockImport' return type */
export interface ILockImportResult {
  id: string;
  plan: Json;
  status: bank_import_status;
}

/** 'LockImport' query type */
export interface ILockImportQuery {
  params: ILockImportParams;
  result: ILockImportResult;
}

/** 'MarkCommitted' parameters type */
export interface IMarkCommittedParams {
  id: string;
  result: Json;
}

/** 'MarkCommitted' return type */
export type IMarkCommittedResult = void;

/** 'MarkCommitted' query type */
export interface IMarkCommittedQuery {
  params: IMarkCommittedParams;
  result: IMarkCommittedResult;
}

/** 'MarkDiscarded' parameters type */
export interface IMarkDiscardedParams {
  id: string;
  organizationId: string;
}

/** 'MarkDiscarded' return type */
export type IMarkDiscardedResult = void;

/** 'MarkDiscarded' query type */
export interface IMarkDiscardedQuery {
  params: IMarkDiscardedParams;
  result: IMarkDiscardedResult;
}

/** 'LockOrganizationImports' parameters type */
export interface ILockOrganizationImportsParams {
  organizationId: string;
}

/** 'LockOrganizationImports' return type */
export interface ILockOrganizationImportsResult {
  pg_advisory_xact_lock: undefined | null;
}

/** 'LockOrganizationImports' query type */
export interface ILockOrganizationImportsQuery {
  params: ILockOrganizationImportsParams;
  result: ILockOrganizationImportsResult;
}

/** 'InsertCommittedImport' parameters type */
export interface IInsertCommittedImportParams {
  fileName: string;
  format: string;
  organizationId: string;
  plan: Json;
  sha256: string;
}

/** 'InsertCommittedImport' return type */
export interface IInsertCommittedImportResult {
  id: string;
}

/** 'InsertCommittedImport' query type */
export interface IInsertCommittedImportQuery {
  params: IInsertCommittedImportParams;
  result: IInsertCommittedImportResult;
}

/** 'SetImportResult' parameters type */
export interface ISetImportResultParams {
  id: string;
  plan: Json;
  result: Json;
}

/** 'SetImportResult' return type */
export type ISetImportResultResult = void;

/** 'SetImportResult' query type */
export interface ISetImportResultQuery {
  params: ISetImportResultParams;
  result: ISetImportResultResult;
}

/** 'SelectBankPrompts' parameters type */
export interface ISelectBankPromptsParams {
  organizationId: string;
}

/** 'SelectBankPrompts' return type */
export interface ISelectBankPromptsResult {
  fingerprint: string;
  id: string;
  prompt: string;
}

/** 'SelectBankPrompts' query type */
export interface ISelectBankPromptsQuery {
  params: ISelectBankPromptsParams;
  result: ISelectBankPromptsResult;
}

/** 'SelectBankExactMatches' parameters type */
export interface ISelectBankExactMatchesParams {
  fingerprints: stringArray;
  organizationId: string;
}

/** 'SelectBankExactMatches' return type */
export interface ISelectBankExactMatchesResult {
  fingerprint: string;
  id: string;
  prompt: string;
  sourceKeys: stringArray;
}

/** 'SelectBankExactMatches' query type */
export interface ISelectBankExactMatchesQuery {
  params: ISelectBankExactMatchesParams;
  result: ISelectBankExactMatchesResult;
}

/** 'SelectIdsByFingerprint' parameters type */
export interface ISelectIdsByFingerprintParams {
  fingerprints: stringArray;
  organizationId: string;
}

/** 'SelectIdsByFingerprint' return type */
export interface ISelectIdsByFingerprintResult {
  fingerprint: string;
  id: string;
}

/** 'SelectIdsByFingerprint' query type */
export interface ISelectIdsByFingerprintQuery {
  params: ISelectIdsByFingerprintParams;
  result: ISelectIdsByFingerprintResult;
}

/** 'FindOrganizationBySlug' parameters type */
export interface IFindOrganizationBySlugParams {
  slug: string;
}

/** 'FindOrganizationBySlug' return type */
export interface IFindOrganizationBySlugResult {
  id: string;
  name: string;
  questions: number;
}

/** 'FindOrganizationBySlug' query type */
export interface IFindOrganizationBySlugQuery {
  params: IFindOrganizationBySlugParams;
  result: IFindOrganizationBySlugResult;
}

