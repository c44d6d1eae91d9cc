import { BankParseError } from '../bank-parse-error';
import type { Rubric, SkippedItem } from '../model';
import { emptyRubric } from '../rubric/rubric';
import { detectDelimiter, readCsv } from './csv-reader';
import { excerpt, type FormatParseResult, type RawQuestion } from './raw-question';

/** Canonical column → the header spellings accepted for it (lower case, spaces as underscores). */
export const CSV_COLUMNS = {
  label: ['label', 'question_label', 'short_title'],
  prompt: [
    'prompt',
    'question',
    'question_text',
    'text',
    'title',
    'q',
    'questions',
    'interview_question',
    'pregunta',
    'pergunta',
    'frage',
    'вопрос',
    '问题',
    '题目',
  ],
  reference_answer: [
    'reference_answer',
    'answer',
    'model_answer',
    'expected_answer',
    'a',
    'ideal_answer',
    'correct_answer',
    'suggested_answer',
    'answer_text',
    'answers',
    'respuesta',
    'resposta',
    'réponse',
    'antwort',
    'ответ',
    '答案',
  ],
  look_for: ['look_for', 'lookfor', 'look_fors', 'what_to_look_for'],
  red_flags: ['red_flags', 'red_flag', 'redflags', 'warning_signs'],
  what_to_expect: ['what_to_expect', 'expectations'],
  interviewer_guidance: ['interviewer_guidance', 'guidance', 'notes', 'interviewer_notes'],
  sample_answer: ['sample_answer', 'example_answer'],
  type: ['type', 'question_type', 'kind'],
  competencies: ['competencies', 'competency', 'skills', 'skill'],
  tags: ['tags', 'tag', 'technologies', 'keywords', 'keyword'],
  difficulty: ['difficulty', 'level', 'seniority', 'difficulty_level', 'complexity'],
  category: [
    'category',
    'categories',
    'section',
    'topic',
    'subject',
    'area',
    'domain',
    'categoría',
    'categoria',
    'категория',
    '分类',
    '类别',
  ],
  follow_ups: ['follow_ups', 'followups', 'follow_up', 'follow_up_questions'],
  code: ['code', 'snippet'],
  /** Read only: why the answer is right, added below it. */
  explanation: [
    'explanation',
    'explanations',
    'rationale',
    'solution',
    'explicación',
    'explicacion',
    'explicação',
    'объяснение',
    '解析',
    '解释',
  ],
  /** Read only: a multiple-choice question's options ("A) …|B) …"), added to the prompt as the Markdown reader does. */
  options: ['options', 'choices', 'answer_options', 'opciones', 'opções', 'варианты', '选项'],
} as const;
export type CsvColumn = keyof typeof CSV_COLUMNS;

const DISARMED_FORMULA = /^'(?=[=+\-@\t\r])/;
const LIST_SEPARATOR = /\s*(?:\||\r?\n)\s*/;
const TAG_SEPARATOR = /\s*[|,;\n]\s*/;
const OPTION_SEPARATOR = /\s*(?:\||;|\r?\n)\s*/;

export function looksLikeCsv(text: string): boolean {
  const header = text.slice(0, Math.max(text.indexOf('\n'), 0) || text.length).toLowerCase();
  const delimiter = detectDelimiter(text);
  const names = header.split(delimiter).map(normalizeHeader);
  return names.length >= 2 && mapColumns(names).prompt !== undefined;
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
    const options = list('options', OPTION_SEPARATOR);
    const answer = [cell('reference_answer'), cell('explanation')].filter(Boolean).join('\n\n');
    questions.push({
      label: cell('label') || null,
      prompt: options.length > 0 ? `${cell('prompt')} Options: ${options.join('; ')}` : cell('prompt'),
      code: cell('code') || null,
      // Labelled, so the whole cell is the answer; markers inside it ("Look for: ...") still split.
      answerText: answer ? `Answer: ${answer}` : '',
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

/** "IdealAnswer", "Ideal Answer", "ideal-answer" and "IDEAL_ANSWER" all read as ideal_answer. */
function normalizeHeader(name: string): string {
  return name
    .trim()
    .replace(/^\ufeff/, '')
    .replace(/^"|"$/g, '')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1_$2')
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/** Words of a header that name something else than the question or the answer itself. */
const NOT_THE_TEXT =
  /^(?:id|no|nr|num|number|index|type|kind|count|level|category|categories|topic|difficulty|score|date|source|link|url)$/;

/**
 * A header naming the question or answer in other words ("Interview Question (EN)", "Candidate's answer"):
 * a header word is "question"/"answer" and no other word names an id, a type, a category, ….
 */
function looseColumn(names: string[], word: 'question' | 'answer'): number | undefined {
  const at = names.findIndex((name) => {
    const words = name.split(/[^\p{L}\d]+/u).filter(Boolean);
    return words.some((w) => w === word || w === `${word}s`) && !words.some((w) => NOT_THE_TEXT.test(w));
  });
  return at >= 0 ? at : undefined;
}

function mapColumns(headerFields: string[]): Partial<Record<CsvColumn, number>> {
  const columns: Partial<Record<CsvColumn, number>> = {};
  const names = headerFields.map(normalizeHeader);
  names.forEach((name, index) => {
    for (const [column, spellings] of Object.entries(CSV_COLUMNS) as [CsvColumn, readonly string[]][]) {
      if (columns[column] === undefined && spellings.includes(name)) columns[column] = index;
    }
  });
  const taken = new Set(Object.values(columns));
  const free = names.map((name, index) => (taken.has(index) ? '' : name));
  columns.prompt ??= looseColumn(free, 'question');
  columns.reference_answer ??= looseColumn(free, 'answer');
  return columns;
}
