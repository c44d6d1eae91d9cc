import type { QuestionDraft } from '../../model';
import { isQuestionText } from '../markdown';
import type { ExportPagePosition } from './export-page';

/**
 * The Markdown export, in the shape the Markdown reader reads back without guessing:
 *
 *     # Category            (one heading level per category level, written when the path changes)
 *
 *     Q: The prompt
 *
 *     ```                   (the question's own code, right after the prompt)
 *     code
 *     ```
 *
 *     A:                    (the reference answer as written: paragraphs, lists, code fences)
 *
 *     What to expect: …     (labelled paragraphs for the other text fields)
 *
 *     <!-- rubric -->       (ends any list of the answer, so the rubric list starts afresh)
 *
 *     - Look for:
 *       - …
 *     - Red flags:
 *       - …
 *     - Follow-ups:
 *       - …
 */
const OPENING = '<!-- Panelist question bank: each question is "Q:", its code, "A:" with its answer, then its rubric. -->\n';

export function markdownPage(drafts: QuestionDraft[], position: ExportPagePosition): string {
  const parts: string[] = position.first ? [OPENING] : [];
  let previous = position.previousCategory ?? [];
  for (const draft of drafts) {
    const titled = isTitledQuestion(draft);
    parts.push(...categoryHeadings(previous, draft.category, titled));
    // A label is the title heading the question was read under: written back the same way, one level deeper.
    if (draft.label) parts.push(`${'#'.repeat(Math.min(draft.category.length + 1, 6))} ${draft.label}\n`);
    parts.push(questionMarkdown(draft, titled || Boolean(draft.label)));
    previous = draft.category;
  }
  return parts.map((part) => `${part}\n`).join('');
}

/**
 * Headings from where the two paths part; a path that only shortened repeats its last heading to close
 * the deeper ones, and a titled question repeats its title heading (the reader gives each title one question).
 */
function categoryHeadings(previous: string[], next: string[], titled: boolean): string[] {
  let common = 0;
  while (common < previous.length && common < next.length && previous[common] === next[common]) common++;
  const repeatLast = titled || (common === next.length && previous.length > next.length);
  const from = repeatLast ? Math.min(common, Math.max(next.length - 1, 0)) : common;
  return next.slice(from, 6).map((name, i) => `${'#'.repeat(from + i + 1)} ${name}\n`);
}

// The reader takes a heading that asks ("Why?", "Q3:", "What is X" …) for a question (markdown.ts, isQuestionHeading).
const HEADING_ASKS =
  /\?$|^q(?:uestion)?\s*\d+\s*[:.)-]|^(?:what|how|why|when|where|which|who|whose|can|could|would|should|do|does|did|is|are|was|were|has|have|will|explain|describe|tell me|compare|define|write a|implement|design an?\b|give an)\b/i;

/**
 * A question whose last category is a short heading that asks ("#### Why?" + the paragraph that asks):
 * written the way it was read, title heading then the prompt as a plain paragraph, since under "Q:" the
 * reader would take the heading for a question. Longer asking headings cannot be told apart: see the report.
 */
function isTitledQuestion(draft: QuestionDraft): boolean {
  const title = draft.category[draft.category.length - 1];
  if (!title || draft.category.length > 6) return false;
  const words = title.split(/\s+/).filter(Boolean).length;
  return words <= 3 && HEADING_ASKS.test(title) && (/\?/.test(draft.prompt) || isQuestionText(draft.prompt));
}

function questionMarkdown(draft: QuestionDraft, titled: boolean): string {
  const { rubric } = draft;
  const blocks = [titled ? draft.prompt : `Q: ${draft.prompt}`];
  if (draft.code) blocks.push(fenced(draft.code));
  if (rubric.referenceAnswer) blocks.push('A:', rubric.referenceAnswer);
  if (rubric.whatToExpect) blocks.push(`What to expect: ${rubric.whatToExpect}`);
  if (rubric.interviewerGuidance) blocks.push(`Interviewer guidance: ${rubric.interviewerGuidance}`);
  if (rubric.sampleAnswer) blocks.push(`Sample answer: ${rubric.sampleAnswer}`);
  const lists = [
    labelledList('Look for:', rubric.lookFor),
    labelledList('Red flags:', rubric.redFlags),
    labelledList('Follow-ups:', draft.followUps),
  ].filter(Boolean);
  if (lists.length > 0) blocks.push('<!-- rubric -->', lists.join('\n'));
  return `${blocks.join('\n\n')}\n`;
}

function labelledList(label: string, entries: string[]): string {
  if (entries.length === 0) return '';
  return [`- ${label}`, ...entries.map((entry) => `  - ${entry}`)].join('\n');
}

/** A fence longer than any backtick run inside the code, so the code cannot close it. */
function fenced(code: string): string {
  const longest = Math.max(2, ...(code.match(/`{3,}/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}\n${code}\n${fence}`;
}
