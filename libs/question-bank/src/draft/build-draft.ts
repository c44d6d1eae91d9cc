import { classifyQuestion } from '../classify/classify';
import { repairMojibake } from '../clean/mojibake';
import { normalizeWhitespace, toSingleLine } from '../clean/whitespace';
import { questionFingerprint } from '../dedupe/fingerprint';
import type { RawQuestion } from '../formats/raw-question';
import type { QuestionDraft, Rubric } from '../model';
import { fillRubric, RUBRIC_LIST_FIELDS, RUBRIC_TEXT_FIELDS } from '../rubric/rubric';
import { splitGuidance } from '../rubric/split-guidance';

/** Cleans a raw question, splits its answer into rubric fields, classifies and fingerprints it. */
export function buildDraft(raw: RawQuestion): QuestionDraft {
  const prompt = cleanPrompt(raw.prompt);
  const code = raw.code ? normalizeCode(raw.code) : null;
  // Fields the file separated itself come first; the split free text fills the gaps.
  const rubric = cleanRubric(fillRubric(cleanRubric(raw.rubric), splitGuidance(cleanBlock(raw.answerText))));
  const answer = [rubric.referenceAnswer, rubric.sampleAnswer].filter(Boolean).join('\n');
  return {
    fingerprint: questionFingerprint(prompt, code),
    prompt,
    code,
    category: raw.category.map(cleanInline).filter(Boolean),
    ...(raw.label && cleanInline(raw.label) ? { label: cleanInline(raw.label) } : {}),
    followUps: unique(raw.followUps.map(cleanPrompt).filter(Boolean)),
    rubric,
    classification: classifyQuestion({ prompt, code, answer }, raw.given),
    sources: raw.sources,
  };
}

/**
 * "Q:", "Question 3:", "12. " and "7.1.8 " before a prompt; a number needs no space when a letter follows
 * ("1.变量的声明…", "3.sizeof 和 strlen…", "4、…"), nor a two-level one before Chinese ("1.2 什么是…").
 */
const NUMBER_PREFIX =
  /^(?:q(?:uestion)?\s*(?:\d+[a-z]?)?\s*[:.)-]|\d{1,4}\s*[.)]\s+|\d{1,3}(?:\.\d{1,3}){2,}\.?\s*|\d{1,4}\s*[.)、．）](?=[^\s\d.])|\d{1,3}\.\d{1,3}\.?\s*(?=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]))\s*/i;

/** One line; Markdown emphasis, link syntax and numbering prefixes removed. */
export function cleanPrompt(text: string): string {
  return cleanInline(text).replace(NUMBER_PREFIX, '').trim();
}

/** Characters that can start Markdown link, code or emphasis syntax; most lines have none. */
const INLINE_MARKUP = /[[`*_]/;

export function cleanInline(text: string): string {
  const repaired = repairMojibake(text);
  if (!INLINE_MARKUP.test(repaired)) return toSingleLine(repaired);
  const linked = repaired.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1').replace(/`{2,}\s*([^`]+?)\s*`{2,}/g, '`$1`');
  if (!linked.includes('`')) return toSingleLine(withoutEmphasis(linked));
  // Emphasis marks inside a code span are code: "What does `__init__` do?" keeps its underscores.
  const spans: string[] = [];
  const masked = linked.replace(/`[^`]+`/g, (span) => `\ue000${spans.push(span) - 1}\ue001`);
  return toSingleLine(withoutEmphasis(masked).replace(/\ue000(\d+)\ue001/g, (_, n: string) => spans[Number(n)]));
}

function withoutEmphasis(text: string): string {
  return (
    text
      .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
      .replace(/(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])/g, '$1')
      // "_key features_", not the underscores of snake_case
      .replace(/(?<![\p{L}\d_])_(?=\S)([^_]+?)(?<=\S)_(?![\p{L}\d_])/gu, '$1')
  );
}

function cleanBlock(text: string): string {
  return normalizeWhitespace(repairMojibake(text));
}

function normalizeCode(code: string): string {
  const lines = repairMojibake(code)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''));
  while (lines.length && !lines[0].trim()) lines.shift();
  while (lines.length && !lines[lines.length - 1].trim()) lines.pop();
  const indent = Math.min(...lines.filter((line) => line.trim()).map((line) => /^ */.exec(line)?.[0].length ?? 0));
  return lines.map((line) => line.slice(Number.isFinite(indent) ? indent : 0)).join('\n');
}

function cleanRubric(rubric: Rubric): Rubric {
  const cleaned: Rubric = { ...rubric };
  for (const field of RUBRIC_TEXT_FIELDS) {
    const value = rubric[field] ? cleanBlock(rubric[field] ?? '') : '';
    cleaned[field] = value || null;
  }
  for (const field of RUBRIC_LIST_FIELDS) cleaned[field] = unique(rubric[field].map(cleanInline).filter(Boolean));
  return cleaned;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
