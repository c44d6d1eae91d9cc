import type { BankQuestion, BankShapeReport, ImportPlan, ImportPlanItem, QuestionDraft } from '@panelist/question-bank';
import { execute, first, rows, sql, type Queryable } from '../common/database/typed-sql';
import type {
  IFindImportQuery,
  IFindOrganizationBySlugQuery,
  IInsertCommittedImportQuery,
  IInsertPreviewQuery,
  IIsAlreadyImportedQuery,
  ILatestImportsQuery,
  ILockImportQuery,
  ILockOrganizationImportsQuery,
  IMarkCommittedQuery,
  IMarkDiscardedQuery,
  ISelectBankExactMatchesQuery,
  ISelectBankPromptsQuery,
  ISelectIdsByFingerprintQuery,
  ISetImportResultQuery,
  Json,
  bank_import_status,
} from './bank-imports.repository.types';
import type { ImportPlanItemDto, ImportResultDto } from './dtos/bank-import.dto';

export type DraftSummary = Pick<ImportPlanItemDto, 'type' | 'difficulty' | 'tags' | 'rubricPoints'>;

/** A preview as stored in bank_imports.plan: the plan (items carry what the wizard shows) and, until commit, the drafts. */
export interface StoredPlan {
  plan: ImportPlan & { items: Array<ImportPlanItem & DraftSummary> };
  drafts?: QuestionDraft[];
  alreadyImported: boolean;
  /** Markdown: what the reader saw, with the interpretation the drafts were read with (the commit applies these drafts). */
  report?: BankShapeReport;
}

export interface ImportRecord {
  id: string;
  fileName: string;
  format: string;
  status: bank_import_status;
  plan: StoredPlan;
  result: ImportResultDto | null;
  createdAt: Date;
  committedAt: Date | null;
}

// ---- typed mappers for the JSON columns ----

/** bank_imports.plan holds a StoredPlan (written by insertPreview / insertCommitted). */
function storedPlanOf(json: Json): StoredPlan {
  return json as unknown as StoredPlan;
}

/** bank_imports.result holds the ImportResultDto of the commit (null before). */
function importResultOf(json: Json): ImportResultDto | null {
  return json === null ? null : (json as unknown as ImportResultDto);
}

// ---- imports ----

const isAlreadyImported = sql<IIsAlreadyImportedQuery>`
  SELECT EXISTS (SELECT 1 FROM bank_imports WHERE organization_id = $organizationId! AND content_sha256 = $sha256! AND status = 'COMMITTED') AS "exists!"`;

/** Whether a file with this content was committed to the organization before. */
export async function alreadyImported(db: Queryable, organizationId: string, sha256: string): Promise<boolean> {
  return (await first(db, isAlreadyImported, { organizationId, sha256 }))?.exists ?? false;
}

const insertPreview = sql<IInsertPreviewQuery>`
  INSERT INTO bank_imports (organization_id, file_name, format, content_sha256, plan, created_by)
  VALUES ($organizationId!, $fileName!, $format!, $sha256!, $plan!, $createdBy!) RETURNING id`;

/** Stores a preview; answers its id. */
export async function insertPreviewRow(
  db: Queryable,
  values: { organizationId: string; fileName: string; format: string; sha256: string; createdBy: string },
  plan: StoredPlan,
): Promise<string> {
  const [{ id }] = await rows(db, insertPreview, { ...values, plan: JSON.stringify(plan) });
  return id;
}

const findImport = sql<IFindImportQuery>`
  SELECT id, file_name AS "fileName", format, status, plan, result, created_at AS "createdAt", committed_at AS "committedAt"
    FROM bank_imports WHERE organization_id = $organizationId! AND id = $id!`;

const latestImports = sql<ILatestImportsQuery>`
  SELECT id, file_name AS "fileName", format, status, plan, result, created_at AS "createdAt", committed_at AS "committedAt"
    FROM bank_imports WHERE organization_id = $organizationId! ORDER BY created_at DESC LIMIT 20`;

function toImportRecord<T extends { plan: Json; result: Json }>(
  row: T,
): Omit<T, 'plan' | 'result'> & Pick<ImportRecord, 'plan' | 'result'> {
  return { ...row, plan: storedPlanOf(row.plan), result: importResultOf(row.result) };
}

export async function find(db: Queryable, organizationId: string, id: string): Promise<ImportRecord | undefined> {
  const row = await first(db, findImport, { organizationId, id });
  return row && toImportRecord(row);
}

/** The organization's 20 latest imports, newest first. */
export async function latest(db: Queryable, organizationId: string): Promise<ImportRecord[]> {
  return (await rows(db, latestImports, { organizationId })).map(toImportRecord);
}

const lockImport = sql<ILockImportQuery>`SELECT id, status, plan FROM bank_imports WHERE organization_id = $organizationId! AND id = $id! FOR UPDATE`;

/** The import, locked until the transaction ends. */
export async function lock(
  db: Queryable,
  organizationId: string,
  id: string,
): Promise<Pick<ImportRecord, 'id' | 'status' | 'plan'> | undefined> {
  const row = await first(db, lockImport, { organizationId, id });
  return row && { ...row, plan: storedPlanOf(row.plan) };
}

const markCommitted = sql<IMarkCommittedQuery>`
  UPDATE bank_imports SET status = 'COMMITTED', committed_at = now(), result = $result!, plan = plan - 'drafts' WHERE id = $id!`;

/** Commits a preview with its result; the drafts are no longer needed. */
export async function markCommittedRow(db: Queryable, id: string, result: ImportResultDto): Promise<void> {
  await execute(db, markCommitted, { id, result: JSON.stringify(result) });
}

const markDiscarded = sql<IMarkDiscardedQuery>`
  UPDATE bank_imports SET status = 'DISCARDED', plan = plan - 'drafts' WHERE organization_id = $organizationId! AND id = $id! AND status = 'PREVIEW'`;

/** Discards a preview; 0 when it is not (or no longer) a preview. */
export function markDiscardedRow(db: Queryable, organizationId: string, id: string): Promise<number> {
  return execute(db, markDiscarded, { organizationId, id });
}

const lockOrganizationImports = sql<ILockOrganizationImportsQuery>`SELECT pg_advisory_xact_lock(hashtext('bank-import:' || $organizationId!))`;

/** One import per organization at a time, until the transaction ends. */
export async function lockOrganization(db: Queryable, organizationId: string): Promise<void> {
  await execute(db, lockOrganizationImports, { organizationId });
}

const insertCommittedImport = sql<IInsertCommittedImportQuery>`
  INSERT INTO bank_imports (organization_id, file_name, format, content_sha256, plan, status, committed_at)
  VALUES ($organizationId!, $fileName!, $format!, $sha256!, $plan!, 'COMMITTED', now()) RETURNING id`;

/** Records a non-interactive import as committed; answers its id. */
export async function insertCommittedRow(
  db: Queryable,
  values: { organizationId: string; fileName: string; format: string; sha256: string },
  plan: StoredPlan,
): Promise<string> {
  const [{ id }] = await rows(db, insertCommittedImport, { ...values, plan: JSON.stringify(plan) });
  return id;
}

const setImportResult = sql<ISetImportResultQuery>`UPDATE bank_imports SET plan = $plan!, result = $result! WHERE id = $id!`;

/** A non-interactive import's final plan (recorded before its near duplicates were known) and its result. */
export async function setResult(db: Queryable, id: string, plan: StoredPlan, result: ImportResultDto): Promise<void> {
  await execute(db, setImportResult, { id, plan: JSON.stringify(plan), result: JSON.stringify(result) });
}

// ---- the bank as planning sees it ----

const selectBankPrompts = sql<ISelectBankPromptsQuery>`SELECT id, fingerprint, prompt FROM questions WHERE organization_id = $organizationId!`;

/** Every question of the organization (for near duplicates). */
export function bankPrompts(db: Queryable, organizationId: string): Promise<BankQuestion[]> {
  return rows(db, selectBankPrompts, { organizationId });
}

const selectBankExactMatches = sql<ISelectBankExactMatchesQuery>`
  SELECT q.id, q.fingerprint, q.prompt,
         coalesce(array_agg(s.file || '#' || coalesce(s.item::text, '') || '#' || coalesce(s.line::text, ''))
                  FILTER (WHERE s.id IS NOT NULL), '{}') AS "sourceKeys!"
    FROM questions q LEFT JOIN question_sources s ON s.question_id = q.id
   WHERE q.organization_id = $organizationId! AND q.fingerprint = ANY($fingerprints!::text[])
   GROUP BY q.id`;

/** The questions with these fingerprints, each with `file#item#line` of its recorded sources. */
export function exactMatches(db: Queryable, organizationId: string, fingerprints: string[]) {
  return rows(db, selectBankExactMatches, { organizationId, fingerprints });
}

const selectIdsByFingerprint = sql<ISelectIdsByFingerprintQuery>`
  SELECT id, fingerprint FROM questions WHERE organization_id = $organizationId! AND fingerprint = ANY($fingerprints!::text[])`;

export function idsByFingerprint(db: Queryable, organizationId: string, fingerprints: string[]) {
  return rows(db, selectIdsByFingerprint, { organizationId, fingerprints });
}

// ---- the command line ----

const findOrganizationBySlug = sql<IFindOrganizationBySlugQuery>`
  SELECT o.id, o.name, (SELECT count(*)::int FROM questions q WHERE q.organization_id = o.id) AS "questions!"
    FROM organizations o WHERE o.slug = $slug!`;

/** The organization with this slug and how many questions its bank holds. */
export function organizationBySlug(db: Queryable, slug: string) {
  return first(db, findOrganizationBySlug, { slug });
}
