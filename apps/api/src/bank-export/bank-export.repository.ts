import type { QuestionDraft, SourceRef } from '@panelist/question-bank';
import { first, rows, sql, type Queryable } from '../common/database/typed-sql';
import { rubricOf } from '../questions/questions.repository';
import type {
  ICountExportQuery,
  ISelectExportPageQuery,
  ISelectExportSourcesQuery,
  ISelectOrganizationsQuery,
} from './bank-export.repository.types';

/** Where a page starts: after the question with this category and id (the export's order). */
export interface ExportCursor {
  category: string[];
  id: string;
}

// The export's order: by category (uncategorised first, a path before its sub-paths), then id, so the
// Markdown export writes each heading once and pages never repeat or skip a question.
const selectExportPage = sql<ISelectExportPageQuery>`
  SELECT q.id, q.fingerprint, r.label, r.prompt, r.code, q.category, r.follow_ups AS "followUps",
         r.reference_answer AS "referenceAnswer", r.look_for AS "lookFor", r.red_flags AS "redFlags",
         r.what_to_expect AS "whatToExpect", r.interviewer_guidance AS "interviewerGuidance",
         r.sample_answer AS "sampleAnswer", r.classification
    FROM questions q
    JOIN question_revisions r ON r.question_id = q.id AND r.revision = q.current_revision
   WHERE q.organization_id = $organizationId! AND q.status = 'ACTIVE'
     AND ($afterId::uuid IS NULL OR (q.category, q.id) > ($afterCategory::text[], $afterId::uuid))
   ORDER BY q.category, q.id
   LIMIT $limit!`;

export interface ExportRow {
  id: string;
  draft: QuestionDraft;
}

/** A page of the organization's active questions, current revisions, as drafts (sources still empty). */
export async function exportPage(db: Queryable, organizationId: string, after: ExportCursor | null, limit: number): Promise<ExportRow[]> {
  const found = await rows(db, selectExportPage, {
    organizationId,
    afterCategory: after?.category ?? null,
    afterId: after?.id ?? null,
    limit,
  });
  return found.map((row) => ({
    id: row.id,
    draft: {
      fingerprint: row.fingerprint,
      ...(row.label ? { label: row.label } : {}),
      prompt: row.prompt,
      code: row.code,
      category: row.category,
      followUps: row.followUps,
      rubric: rubricOf(row),
      // question_revisions.classification holds the Classification of classifyQuestion (question-content.ts).
      classification: row.classification as unknown as QuestionDraft['classification'],
      sources: [],
    },
  }));
}

const countExport = sql<ICountExportQuery>`
  SELECT count(*)::int AS "total!",
         count(*) FILTER (WHERE (q.category, q.id) <= ($afterCategory::text[], $afterId::uuid))::int AS "before!"
    FROM questions q
   WHERE q.organization_id = $organizationId! AND q.status = 'ACTIVE'`;

/** How many questions the export holds, and how many come at or before the cursor. */
export async function exportCount(db: Queryable, organizationId: string, after: ExportCursor | null) {
  const counted = await first(db, countExport, { organizationId, afterCategory: after?.category ?? null, afterId: after?.id ?? null });
  return { total: counted?.total ?? 0, before: counted?.before ?? 0 };
}

const selectExportSources = sql<ISelectExportSourcesQuery>`
  SELECT question_id AS "questionId", file, item, line FROM question_sources
   WHERE organization_id = $organizationId! AND question_id = ANY($questionIds!::uuid[])
   ORDER BY created_at, file, item NULLS LAST, line NULLS LAST`;

/** Where each question came from (the Panelist JSON export keeps it). */
export async function exportSources(db: Queryable, organizationId: string, questionIds: string[]): Promise<Map<string, SourceRef[]>> {
  const bySource = new Map<string, SourceRef[]>();
  for (const row of await rows(db, selectExportSources, { organizationId, questionIds })) {
    const list = bySource.get(row.questionId) ?? [];
    list.push({ file: row.file, item: row.item, line: row.line });
    bySource.set(row.questionId, list);
  }
  return bySource;
}

const selectOrganizations = sql<ISelectOrganizationsQuery>`SELECT id, slug, name FROM organizations ORDER BY slug`;

/** Every organization (the CLI exports the only one when no --org is given). */
export function organizations(db: Queryable) {
  return rows(db, selectOrganizations, undefined);
}
