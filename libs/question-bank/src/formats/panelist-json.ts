import { BankParseError } from '../bank-parse-error';
import {
  DIFFICULTIES,
  QUESTION_TYPES,
  type Classification,
  type Classified,
  type QuestionDraft,
  type Rubric,
  type SkippedItem,
  type SourceRef,
} from '../model';
import { emptyRubric } from '../rubric/rubric';
import { jsonPage } from './export/json-writer';
import type { FormatParseResult, RawQuestion } from './raw-question';

export const PANELIST_BANK_FORMAT = 'panelist.bank';
export const PANELIST_BANK_VERSION = 1;

/** Panelist's own export: every draft field, so that importing an export gives the same drafts. */
export interface PanelistBankFile {
  format: typeof PANELIST_BANK_FORMAT;
  version: typeof PANELIST_BANK_VERSION;
  questions: QuestionDraft[];
}

/** Serialises drafts as a Panelist bank file (stable key order, two-space indent). */
export function exportBank(drafts: QuestionDraft[]): string {
  return jsonPage(drafts, { first: true, last: true, previousCategory: null });
}

export function looksLikeJson(text: string): boolean {
  return /^\s*[[{]/.test(text);
}

type JsonObject = { [key: string]: unknown };

/**
 * Reads a Panelist export, or any JSON holding an array of question objects (top level or under
 * "questions"). Field names of other tools are accepted where unambiguous (question, answer).
 */
export function parsePanelistJson(text: string, fileName: string): FormatParseResult {
  const document = parseJson(text);
  const list = Array.isArray(document) ? document : isObject(document) ? document['questions'] : undefined;
  if (isObject(document) && typeof document['format'] === 'string' && document['format'] !== PANELIST_BANK_FORMAT) {
    throw new BankParseError(
      'UNKNOWN_FORMAT',
      `This JSON file declares the format "${document['format']}", not "${PANELIST_BANK_FORMAT}".`,
    );
  }
  if (isObject(document) && typeof document['version'] === 'number' && document['version'] > PANELIST_BANK_VERSION) {
    throw new BankParseError(
      'UNSUPPORTED_VERSION',
      `This bank was exported by a newer Panelist (format version ${document['version']}); this one reads version ${PANELIST_BANK_VERSION}.`,
    );
  }
  if (!Array.isArray(list)) {
    throw new BankParseError(
      'MALFORMED_JSON',
      'The JSON file has no list of questions: expected { "format": "panelist.bank", "version": 1, "questions": [...] } or an array of questions.',
    );
  }
  const questions: RawQuestion[] = [];
  const skipped: SkippedItem[] = [];
  list.forEach((entry: unknown, index) => {
    const item = index + 1;
    const reader = new QuestionReader(entry, item);
    const prompt = reader.optionalString('prompt') ?? reader.optionalString('question') ?? reader.optionalString('text');
    if (!prompt?.trim()) {
      skipped.push({
        source: { file: fileName, item, line: null },
        reason: 'question has no prompt',
        excerpt: JSON.stringify(entry).slice(0, 120),
      });
      return;
    }
    questions.push({
      prompt,
      code: reader.optionalString('code') ?? null,
      answerText: '',
      rubric: reader.rubric(),
      followUps: reader.stringList('followUps') ?? [],
      category: reader.category(),
      label: reader.optionalString('label') ?? null,
      given: reader.given(),
      sources: reader.sources() ?? [{ file: fileName, item, line: null }],
    });
  });
  return { questions, skipped };
}

/** No question needs more; deeper documents would overflow the stack of whatever walks them next. */
export const MAX_JSON_DEPTH = 64;

/** How deeply arrays and objects nest, counted outside strings, stopping once past `limit`. */
function nestingDepth(text: string, limit: number): number {
  // Character codes, not one-character strings: this walks every character of a file of up to 20 MB.
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === BACKSLASH) i += 1;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) inString = true;
    else if (code === OPEN_BRACKET || code === OPEN_BRACE) {
      depth += 1;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (code === CLOSE_BRACKET || code === CLOSE_BRACE) depth -= 1;
  }
  return deepest;
}

const BACKSLASH = 0x5c;
const QUOTE = 0x22;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

function parseJson(text: string): unknown {
  if (nestingDepth(text, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
    throw new BankParseError(
      'MALFORMED_JSON',
      `The JSON nests lists and objects more than ${MAX_JSON_DEPTH} levels deep; a bank file needs a few.`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = Number(/position (\d+)/.exec(message)?.[1] ?? (/end of (?:JSON )?input/i.test(message) ? text.length : NaN));
    const browserLine = /line (\d+) column (\d+)/.exec(message);
    const where = Number.isFinite(position)
      ? lineAndColumn(text, position)
      : browserLine
        ? { line: Number(browserLine[1]), column: Number(browserLine[2]) }
        : undefined;
    const at = where ? ` at line ${where.line}, column ${where.column}` : '';
    throw new BankParseError('MALFORMED_JSON', `The JSON is not valid${at}: ${message}`, where ?? {});
  }
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return { line, column: position - before.lastIndexOf('\n') };
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Type-checked access to one question object; a wrong type is an error naming the item. */
class QuestionReader {
  private readonly object: JsonObject;

  constructor(
    entry: unknown,
    private readonly item: number,
  ) {
    if (!isObject(entry)) throw this.error('is not an object');
    this.object = entry;
  }

  optionalString(key: string, from: JsonObject = this.object): string | undefined {
    const value = from[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') throw this.error(`field "${key}" must be a string`);
    return value;
  }

  stringList(key: string, from: JsonObject = this.object): string[] | undefined {
    const value = from[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string') return value.split(/\s*\|\s*|\n/).filter(Boolean);
    if (!Array.isArray(value) || value.some((entry) => typeof entry !== 'string'))
      throw this.error(`field "${key}" must be a list of strings`);
    return value as string[];
  }

  category(): string[] {
    const value = this.object['category'];
    if (typeof value === 'string') return value.split(/\s*>\s*/).filter(Boolean);
    return this.stringList('category') ?? [];
  }

  rubric(): Rubric {
    const nested = this.object['rubric'];
    if (nested !== undefined && !isObject(nested)) throw this.error('field "rubric" must be an object');
    const from = nested ?? this.object;
    return {
      ...emptyRubric(),
      referenceAnswer: this.optionalString('referenceAnswer', from) ?? this.optionalString('answer', from) ?? null,
      lookFor: this.stringList('lookFor', from) ?? [],
      redFlags: this.stringList('redFlags', from) ?? [],
      whatToExpect: this.optionalString('whatToExpect', from) ?? null,
      interviewerGuidance: this.optionalString('interviewerGuidance', from) ?? null,
      sampleAnswer: this.optionalString('sampleAnswer', from) ?? null,
    };
  }

  given(): RawQuestion['given'] {
    const classification = this.object['classification'];
    if (classification !== undefined) return { classification: this.classification(classification), origin: 'JSON file' };
    return {
      type: this.optionalString('type'),
      competencies: this.stringList('competencies'),
      tags: this.stringList('tags'),
      difficulty: this.optionalString('difficulty'),
      origin: 'JSON file',
    };
  }

  sources(): SourceRef[] | undefined {
    const value = this.object['sources'];
    if (value === undefined) return undefined;
    const valid =
      Array.isArray(value) &&
      value.length > 0 &&
      value.every(
        (source) =>
          isObject(source) && typeof source['file'] === 'string' && isNumberOrNull(source['item']) && isNumberOrNull(source['line']),
      );
    if (!valid) throw this.error('field "sources" must be a list of { file, item, line }');
    return (value as JsonObject[]).map((source) => ({
      file: source['file'] as string,
      item: source['item'] as number | null,
      line: source['line'] as number | null,
    }));
  }

  private classification(value: unknown): Classification {
    if (!isObject(value)) throw this.error('field "classification" must be an object');
    return {
      type: this.classified(value['type'], 'classification.type', QUESTION_TYPES),
      competencies: this.classifiedList(value['competencies'], 'classification.competencies'),
      tags: this.classifiedList(value['tags'], 'classification.tags'),
      difficulty: this.classified(value['difficulty'], 'classification.difficulty', DIFFICULTIES),
    };
  }

  private classified<T extends string>(value: unknown, name: string, allowed: readonly T[]): Classified<T> {
    if (!isObject(value) || !allowed.includes(value['value'] as T) || typeof value['reason'] !== 'string') {
      throw this.error(`field "${name}" must be { value: ${allowed.join(' | ')}, reason: string }`);
    }
    return { value: value['value'] as T, reason: value['reason'] };
  }

  private classifiedList(value: unknown, name: string): Classified<string>[] {
    const valid =
      Array.isArray(value) &&
      value.every((entry) => isObject(entry) && typeof entry['value'] === 'string' && typeof entry['reason'] === 'string');
    if (!valid) throw this.error(`field "${name}" must be a list of { value, reason }`);
    return (value as JsonObject[]).map((entry) => ({ value: entry['value'] as string, reason: entry['reason'] as string }));
  }

  private error(problem: string): BankParseError {
    return new BankParseError('INVALID_QUESTION', `Question ${this.item} in the JSON file ${problem}.`, { item: this.item });
  }
}

function isNumberOrNull(value: unknown): boolean {
  return value === null || typeof value === 'number';
}
