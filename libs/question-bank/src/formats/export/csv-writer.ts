import { stringify } from 'csv-stringify/sync';
import type { QuestionDraft } from '../../model';
import type { CsvColumn } from '../csv';
import type { ExportPagePosition } from './export-page';

/** Columns in the order a person reads them; the header names are the canonical ones parseCsv maps. */
const COLUMNS: { name: CsvColumn; value: (draft: QuestionDraft) => string }[] = [
  { name: 'label', value: (d) => d.label ?? '' },
  { name: 'prompt', value: (d) => d.prompt },
  { name: 'code', value: (d) => d.code ?? '' },
  { name: 'category', value: (d) => d.category.join(' > ') },
  { name: 'type', value: (d) => d.classification.type.value },
  { name: 'difficulty', value: (d) => d.classification.difficulty.value },
  { name: 'competencies', value: (d) => d.classification.competencies.map((c) => c.value).join(' | ') },
  { name: 'tags', value: (d) => d.classification.tags.map((t) => t.value).join(' | ') },
  { name: 'reference_answer', value: (d) => d.rubric.referenceAnswer ?? '' },
  // One entry a line: entries may hold "|" or ",", never a line break.
  { name: 'look_for', value: (d) => d.rubric.lookFor.join('\n') },
  { name: 'red_flags', value: (d) => d.rubric.redFlags.join('\n') },
  { name: 'what_to_expect', value: (d) => d.rubric.whatToExpect ?? '' },
  { name: 'interviewer_guidance', value: (d) => d.rubric.interviewerGuidance ?? '' },
  { name: 'sample_answer', value: (d) => d.rubric.sampleAnswer ?? '' },
  { name: 'follow_ups', value: (d) => d.followUps.join('\n') },
];

/** Spreadsheets run a cell starting with one of these as a formula; parseCsv drops the apostrophe that disarms it. */
export const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * A page of the CSV export (csv-stringify: RFC 4180, quoting fields that hold the delimiter, quotes or
 * line breaks). The first page starts with a byte-order mark, so spreadsheets read UTF-8, and the header.
 */
export function csvPage(drafts: QuestionDraft[], position: ExportPagePosition): string {
  const rows = drafts.map((draft) => COLUMNS.map((column) => cell(column.value(draft))));
  // Records end in "\n"; csv-stringify quotes any field holding a line break (with "\r\n" it would miss a lone "\n").
  const body = stringify(rows, { quoted_match: /\r/ });
  if (!position.first) return body;
  return `\ufeff${stringify([COLUMNS.map((column) => column.name)])}${body}`;
}
