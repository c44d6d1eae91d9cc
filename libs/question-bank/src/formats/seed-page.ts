import { judgeNoise } from '../clean/noise';
import type { SkippedItem } from '../model';
import { emptyRubric } from '../rubric/rubric';
import { splitPromptFromCode } from './prompt-code';
import { excerpt, type FormatParseResult, type RawQuestion } from './raw-question';

/**
 * The scraped "numbered question page": a line holding only the item number, the question, a line
 * `Reference answer`, then the answer paragraph. Anything else (newsletter boxes, promotions,
 * navigation) sits between items and is dropped with a reason.
 */
const ITEM_NUMBER = /^\s*(\d{1,5})[.)]?\s*$/;
// Written so that no two adjacent parts can match the same white space: a long run of it (a deeply indented
// file) must cost linear time, not quadratic backtracking.
export const ANSWER_HEADING = /^\s*(?:(?:reference|model|sample|suggested|expected)\s*)?answer\s*(?::\s*)?$/i;
/** ANSWER_HEADING on every line at once; white space here never crosses a line break. */
const ANSWER_HEADING_LINES = /^[^\S\n]*(?:(?:reference|model|sample|suggested|expected)[^\S\n]*)?answer[^\S\n]*(?::[^\S\n]*)?$/gim;
const MAX_PROMPT_LINES = 20;

interface ItemStart {
  number: number;
  numberLine: number;
  promptLines: number[];
  answerHeadingLine: number;
}

export function looksLikeSeedPage(text: string): boolean {
  return (text.match(ANSWER_HEADING_LINES)?.length ?? 0) >= 2;
}

export function parseSeedPage(text: string, fileName: string): FormatParseResult {
  const lines = text.split('\n');
  const starts = findItemStarts(lines);
  const questions: RawQuestion[] = [];
  const skipped: SkippedItem[] = [];

  const firstLine = starts[0]?.numberLine ?? lines.length;
  const preamble = lines.slice(0, firstLine).join('\n').trim();
  if (preamble) {
    skipped.push({
      source: { file: fileName, item: null, line: 1 },
      reason: 'page header and introduction before the first numbered question',
      excerpt: excerpt(preamble),
    });
  }

  starts.forEach((start, index) => {
    const end = starts[index + 1]?.numberLine ?? lines.length;
    const answerParagraphs: string[] = [];
    let noise: { line: number; text: string[]; reasons: string[] } | null = null;
    const flushNoise = (): void => {
      if (!noise) return;
      skipped.push({
        source: { file: fileName, item: null, line: noise.line },
        reason: `marketing or navigation text after item ${start.number}: ${noise.reasons.join('; ')}`,
        excerpt: excerpt(noise.text.join(' / ')),
      });
      noise = null;
    };
    for (let i = start.answerHeadingLine + 1; i < end; i++) {
      const line = lines[i].trim();
      if (!line) continue;
      // The first paragraph is the answer itself; later lines must pass the noise test.
      const verdict = answerParagraphs.length === 0 ? { noise: false } : judgeNoise(line);
      if (verdict.noise) {
        noise ??= { line: i + 1, text: [], reasons: [] };
        noise.text.push(line);
        if (verdict.reason && !noise.reasons.includes(verdict.reason)) noise.reasons.push(verdict.reason);
        continue;
      }
      flushNoise();
      answerParagraphs.push(line);
    }
    flushNoise();

    const { prompt, code } = splitPromptFromCode(start.promptLines.map((i) => lines[i].trim()).join(' '));
    questions.push({
      prompt,
      code,
      answerText: answerParagraphs.join('\n\n'),
      rubric: emptyRubric(),
      followUps: [],
      category: [],
      given: null,
      sources: [{ file: fileName, item: start.number, line: start.numberLine + 1 }],
    });
  });
  return { questions, skipped };
}

/** A number line counts as an item only when a question and an answer heading follow it. */
function findItemStarts(lines: string[]): ItemStart[] {
  const starts: ItemStart[] = [];
  for (let i = 0; i < lines.length; i++) {
    const number = ITEM_NUMBER.exec(lines[i]);
    if (!number) continue;
    const promptLines: number[] = [];
    let answerHeadingLine = -1;
    for (let j = i + 1; j < lines.length && j <= i + MAX_PROMPT_LINES; j++) {
      if (ANSWER_HEADING.test(lines[j])) {
        answerHeadingLine = j;
        break;
      }
      if (ITEM_NUMBER.test(lines[j])) break;
      if (lines[j].trim()) promptLines.push(j);
    }
    if (answerHeadingLine < 0 || promptLines.length === 0) continue;
    starts.push({ number: Number(number[1]), numberLine: i, promptLines, answerHeadingLine });
    i = answerHeadingLine;
  }
  return starts;
}
