import { BankParseError } from '../bank-parse-error';
import type { Rubric, SkippedItem } from '../model';
import { emptyRubric } from '../rubric/rubric';
import { detectDelimiter, readCsv } from './csv-reader';
import { excerpt, type FormatParseResult, type RawQuestion } from './raw-question';

/** Canonical column → the header spellings accepted for it (lower case, spaces as underscores). */
export const CSV_COLUMNS = {
  label: ['label', 'question_label', 'short_title'],
  prompt: ['prompt', 'question', 'question_text', 'text', 'title', 'q'],
  reference_answer: ['reference_answer', 'answer', 'model_answer', 'expected_answer', 'a'],
  look_for: ['look_for', 'lookfor', 'look_fors', 'what_to_look_for'],
  red_flags: ['red_flags', 'red_flag', 'redflags', 'warning_signs'],
  what_to_expect: ['what_to_expect', 'expectations'],
  interviewer_guidance: ['interviewer_guidance', 'guidance', 'notes', 'interviewer_notes'],
  sample_answer: ['sample_answer', 'example_answer'],
  type: ['type', 'question_type', 'kind'],
  competencies: ['competencies', 'competency', 'skills'],
  tags: ['tags', 'tag', 'technologies'],
  difficulty: ['difficulty', 'level', 'seniority'],
  category: ['category', 'categories', 'section', 'topic'],
  follow_ups: ['follow_ups', 'followups', 'follow_up', 'follow_up_questions'],
  code: ['code', 'snippet'],
} as const;
export type CsvColumn = keyof typeof CSV_COLUMNS;

const DISARMED_FORMULA = /^'(?=[=+\-@\t\r])/;
const LIST_SEPARATOR = /\s*(?:\||\r?\n)\s*/;
const TAG_SEPARATOR = /\s*[|,;\n]\s*/;

export function looksLikeCsv(text: string): boolean {
  const header = text.slice(0, Math.max(text.indexOf('\n'), 0) || text.length).toLowerCase();
  const delimiter = detectDelimiter(text);
  const names = header.split(delimiter).map(normalizeHeader);
  return names.length >= 2 && names.some((name) => (CSV_COLUMNS.prompt as readonly string[]).includes(name));
}

export function parseCsv(text: string, fileName: string): FormatParseResult {
  const records = readCsv(text, detectDelimiter(text));
  const header = records[0];
  if (!header) throw new BankParseError('EMPTY', 'The CSV file has no header row.');
  const columns = mapColumns(header.fields);
  if (columns.prompt === undefined) {
    const found = header.fields.map((name) => `"${name.trim()}"`).join(', ');
    throw new BankParseError(
      'MISSING_COLUMNS',
      `The CSV header on line ${header.line} has no question column (expected "prompt" or "question"); it has ${found}.`,
      { line: header.line },
    );
  }
  const questions: RawQuestion[] = [];
  const skipped: SkippedItem[] = [];
  records.slice(1).forEach((record, index) => {
    const item = index + 1;
    const source = { file: fileName, item, line: record.line };
    if (record.fields.every((field) => field.trim() === '')) return;
    if (record.fields.length > header.fields.length) {
      skipped.push({
        source,
        reason: `row has ${record.fields.length} fields but the header has ${header.fields.length}: a delimiter or quote is probably out of place`,
        excerpt: excerpt(record.fields.join(' | ')),
      });
      return;
    }
    const cell = (column: CsvColumn): string => {
      const at = columns[column];
      // A spreadsheet-safe export puts an apostrophe before a leading formula character: drop it.
      return at === undefined ? '' : (record.fields[at] ?? '').trim().replace(DISARMED_FORMULA, '');
    };
    if (!cell('prompt')) {
      skipped.push({ source, reason: 'the question column is empty', excerpt: excerpt(record.fields.join(' | ')) });
      return;
    }
    const list = (column: CsvColumn, separator = LIST_SEPARATOR): string[] =>
      cell(column)
        .split(separator)
        .map((v) => v.trim())
        .filter(Boolean);
    const rubric: Rubric = {
      ...emptyRubric(),
      lookFor: list('look_for'),
      redFlags: list('red_flags'),
      whatToExpect: cell('what_to_expect') || null,
      interviewerGuidance: cell('interviewer_guidance') || null,
      sampleAnswer: cell('sample_answer') || null,
    };
    questions.push({
      label: cell('label') || null,
      prompt: cell('prompt'),
      code: cell('code') || null,
      // Labelled, so the whole cell is the answer; markers inside it ("Look for: ...") still split.
      answerText: cell('reference_answer') ? `Answer: ${cell('reference_answer')}` : '',
      rubric,
      followUps: list('follow_ups'),
      category: cell('category')
        .split(/\s*>\s*/)
        .filter(Boolean),
      given: {
        type: cell('type') || undefined,
        competencies: list('competencies', TAG_SEPARATOR),
        tags: list('tags', TAG_SEPARATOR),
        difficulty: cell('difficulty') || undefined,
        origin: 'CSV file',
      },
      sources: [source],
    });
  });
  return { questions, skipped };
}

function normalizeHeader(name: string): string {
  return name
    .trim()
    .replace(/^\ufeff/, '')
    .replace(/^"|"$/g, '')
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

function mapColumns(headerFields: string[]): Partial<Record<CsvColumn, number>> {
  const columns: Partial<Record<CsvColumn, number>> = {};
  headerFields.forEach((raw, index) => {
    const name = normalizeHeader(raw);
    for (const [column, spellings] of Object.entries(CSV_COLUMNS) as [CsvColumn, readonly string[]][]) {
      if (columns[column] === undefined && spellings.includes(name)) columns[column] = index;
    }
  });
  return columns;
}
