import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { AppError } from '../errors/app-error';

/**
 * Free-text fields that may span lines (tab, line feed and carriage return allowed): notes, summaries,
 * rationales, rubrics, question texts and code, and the rating scale's anchors (text areas too).
 * Every other string is one line.
 */
export const MULTI_LINE_FIELDS = new Set([
  'code',
  'anchor',
  'notes',
  'summary',
  'rationale',
  'reason',
  'prompt',
  'lookFor',
  'redFlags',
  'sampleAnswer',
  'referenceAnswer',
  'followUps',
  'whatToExpect',
  'interviewerGuidance',
  'description',
  'changeNote',
]);

/** C0 controls, DEL and C1 controls; NUL among them (PostgreSQL refuses it in text). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_BUT_LINE_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** Unpaired UTF-16 surrogates cannot be stored as UTF-8. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Dates people enter or filter by: from 2000 up to five years ahead. */
export const EARLIEST_DATE = Date.UTC(2000, 0, 1);
const YEARS_AHEAD = 5;
const latestDate = () => {
  const latest = new Date();
  latest.setUTCFullYear(latest.getUTCFullYear() + YEARS_AHEAD);
  return latest.getTime();
};

/** GraphQL @Args (Nest's GqlParamtype.ARGS) and HTTP query, body and route parameters. */
const CLIENT_INPUT: ReadonlySet<unknown> = new Set([3, 'query', 'body', 'param']);

const label = (path: string[]) => path.join('.');

/**
 * Walks every argument a client sends, once for all operations: strings without NUL or control
 * characters (line breaks only in MULTI_LINE_FIELDS), no unpaired surrogates, and dates within
 * 2000 to five years ahead. The first problem is BAD_USER_INPUT naming its field.
 */
@Injectable()
export class InputHygienePipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (!CLIENT_INPUT.has(metadata.type)) return value;
    // Fields of an input object are named like class-validator names them ("sections.0.competency").
    const objectArgument = value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
    check(value, metadata.data && !objectArgument ? [String(metadata.data)] : [], 0);
    return value;
  }
}

function check(value: unknown, path: string[], depth: number): void {
  if (depth > 32) throw AppError.badInput(label(path) || 'input', 'The input is nested too deeply.');
  if (typeof value === 'string') return checkString(value, path);
  if (value instanceof Date) return checkDate(value, path);
  if (Array.isArray(value)) {
    value.forEach((item, index) => check(item, [...path, String(index)], depth + 1));
    return;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) check(item, [...path, key], depth + 1);
  }
}

function checkString(value: string, path: string[]): void {
  const field = label(path) || 'input';
  const name = [...path].reverse().find((segment) => !/^\d+$/.test(segment)) ?? '';
  const forbidden = MULTI_LINE_FIELDS.has(name) ? CONTROL_BUT_LINE_BREAKS : CONTROL;
  if (forbidden.test(value)) {
    const allowed = MULTI_LINE_FIELDS.has(name) ? ' other than tab and line breaks' : ' or line breaks';
    throw AppError.badInput(field, `${field} must not contain control characters${allowed}.`);
  }
  if (LONE_SURROGATE.test(value)) throw AppError.badInput(field, `${field} contains a character that is not valid text.`);
}

function checkDate(value: Date, path: string[]): void {
  const field = label(path) || 'date';
  const time = value.getTime();
  if (Number.isNaN(time) || time < EARLIEST_DATE || time > latestDate()) {
    throw AppError.badInput(field, `${field} must be a date between 2000 and ${YEARS_AHEAD} years from now.`);
  }
}
