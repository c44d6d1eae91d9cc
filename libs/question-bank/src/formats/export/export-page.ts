import type { QuestionDraft } from '../../model';
import { csvPage } from './csv-writer';
import { markdownPage } from './markdown-writer';
import { jsonPage } from './json-writer';

/** The file formats a bank exports to; each one reads back through parseBank. */
export const EXPORT_FORMATS = ['json', 'csv', 'markdown'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_FILE_EXTENSIONS: Record<ExportFormat, string> = { json: 'json', csv: 'csv', markdown: 'md' };
export const EXPORT_MEDIA_TYPES: Record<ExportFormat, string> = {
  json: 'application/json',
  csv: 'text/csv',
  markdown: 'text/markdown',
};

/** Where a page sits in the whole export: the pages of one export concatenate to the whole file. */
export interface ExportPagePosition {
  first: boolean;
  last: boolean;
  /** Markdown: the category of the question before this page (its headings are open); null at the start. */
  previousCategory: string[] | null;
}

export const WHOLE_FILE: ExportPagePosition = { first: true, last: true, previousCategory: null };

/**
 * One page of an export: the file's opening on the first page, the questions, the closing on the last.
 * Markdown expects questions grouped by category with uncategorised ones first (see compareCategory).
 */
export function exportPage(format: ExportFormat, drafts: QuestionDraft[], position: ExportPagePosition): string {
  switch (format) {
    case 'json':
      return jsonPage(drafts, position);
    case 'csv':
      return csvPage(drafts, position);
    case 'markdown':
      return markdownPage(drafts, position);
  }
}

/** The whole bank as one file; Markdown sorted by category first (stable), so each heading appears once. */
export function exportBankAs(format: ExportFormat, drafts: QuestionDraft[]): string {
  const ordered = format === 'markdown' ? [...drafts].sort((a, b) => compareCategory(a.category, b.category)) : drafts;
  return exportPage(format, ordered, WHOLE_FILE);
}

/** Heading paths element by element, a path before its own sub-paths (as PostgreSQL orders text[]). */
export function compareCategory(a: string[], b: string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return a.length - b.length;
}
