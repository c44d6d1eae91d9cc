import { judgeNoise } from '../clean/noise';
import type { Rubric, SkippedItem, SourceRef } from '../model';
import { MARKERS, type MarkerField } from '../rubric/markers';
import { appendText, emptyRubric } from '../rubric/rubric';
import { asListEntry } from '../rubric/split-guidance';
import { excerpt, type FormatParseResult, type RawQuestion } from './raw-question';

/**
 * Markdown banks: headings are categories; list items phrased as questions are questions; nested
 * items are follow-up questions, or rubric fields when they start with a marker ("Look for:");
 * paragraphs, tables and code after a question are its answer (code before any answer text is the
 * question's own snippet). A heading phrased as a question is a question whose body is its answer.
 * Front matter, tables of contents and link-only navigation lists are skipped with a reason.
 */

const QUESTION_START =
  /^(?:what|how|why|when|where|which|who|whom|whose|can|could|would|should|do|does|did|is|are|was|were|have|has|will|explain|describe|design|tell|talk|walk|write|implement|compare|contrast|define|discuss|give|name|list|outline|imagine|suppose|you|your|let'?s|build|create|estimate|debug|refactor|review|defend|justify|share|sketch|propose|summari[sz]e|identify|find|show|consider|assume|examine|look at|in what|if)\b/i;
const LIST_ITEM = /^( *)([-*+]|\d{1,4}[.)])(?:\s+(.*))?$/;
// Old GitHub READMEs omit the space ("####[[↑]](#toc) Title"); accepted when a non-# follows.
const HEADING = /^ {0,3}(#{1,6})(?:\s+|(?=[^#\s]))(.*?)\s*#*\s*$/;
const FENCE = /^( *)(`{3,}|~{3,})\s*([\w+#.-]*)/;
const TOC_HEADING = /^(?:table of contents|contents|toc|index|navigation|on this page|in this (?:article|guide|post))$/i;
const TOC_MARKER = /^\s*(?:\[\[_?toc_?\]\]|\[toc\]|<!--\s*\/?toc\s*-->)\s*$/i;
const LINK_ONLY = /^(?:\[[^\]]*\]\([^)]*\)|<a\s[^>]*>.*<\/a>|https?:\/\/\S+)[\s.,;|·•-]*$/i;
const FOLLOW_UP_MARKER = /^[*_]{0,2}(?:follow[- ]?ups?(?: questions?)?|probes?|probing questions?)[*_]{0,2}\s*:?[*_]{0,2}\s*(.*)$/i;
const BOLD_QUESTION = /^(?:\*\*|__)(.+?)(?:\*\*|__)\s*$/;
const NUMBERED_PARAGRAPH_QUESTION = /^(?:[*_]{0,2})(?:q(?:uestion)?\s*\d*\s*[:.)]|\d{1,4}[.)]\s)/i;

const MERGED_SKIP_REASONS = new Set([
  'table of contents',
  'navigation link (a list item that is only a link)',
  'text outside any question (introduction or notes)',
]);

type ItemRole = 'question' | 'followUp' | 'rubric' | 'answer' | 'skipped';

interface OpenItem {
  indent: number;
  contentIndent: number;
  role: ItemRole;
  field?: MarkerField | 'followUps';
}

interface QuestionBuilder {
  prompt: string;
  code: string | null;
  answerLines: string[];
  rubric: Rubric;
  followUps: string[];
  category: string[];
  source: SourceRef;
  /** Declared by a heading (or a bold paragraph): its list items are answer content, not new questions. */
  fromHeading: boolean;
}

export function looksLikeMarkdown(text: string): boolean {
  return /^ {0,3}#{1,6}\s+\S/m.test(text) || /^\s*(?:[-*+]|\d{1,4}[.)])\s+\S/m.test(text);
}

export function parseMarkdown(text: string, fileName: string): FormatParseResult {
  return new MarkdownBankReader(text.split('\n'), fileName).read();
}

class MarkdownBankReader {
  private readonly questions: RawQuestion[] = [];
  private readonly skipped: SkippedItem[] = [];
  private headings: { level: number; text: string }[] = [];
  private current: QuestionBuilder | null = null;
  private items: OpenItem[] = [];
  private tocLevel: number | null = null;
  private blankBefore = true;
  /** Most items of the current top-level list are questions, so its other items are too. */
  private listOfQuestions = false;
  private inList = false;
  private ordinal = 0;

  constructor(
    private readonly lines: string[],
    private readonly fileName: string,
  ) {}

  read(): FormatParseResult {
    let i = this.skipFrontMatter();
    while (i < this.lines.length) i = this.readLine(i);
    this.finishQuestion();
    return { questions: this.questions, skipped: this.skipped };
  }

  private skipFrontMatter(): number {
    if (!/^---\s*$/.test(this.lines[0] ?? '')) return 0;
    for (let i = 1; i < Math.min(this.lines.length, 500); i++) {
      if (/^(?:---|\.\.\.)\s*$/.test(this.lines[i])) {
        this.skip(1, 'YAML front matter (document metadata, not questions)', this.lines.slice(1, i).join(' '));
        return i + 1;
      }
    }
    return 0;
  }

  /** Reads the block starting at line i; returns the index of the next unread line. */
  private readLine(i: number): number {
    const line = this.lines[i].replace(/\t/g, '    ');
    if (line.trim() === '') {
      this.blankBefore = true;
      return i + 1;
    }
    const wasBlank = this.blankBefore;
    this.blankBefore = false;

    const fence = FENCE.exec(line);
    if (fence) return this.readFence(i, fence[1].length, fence[2], fence[3]);
    if (TOC_MARKER.test(line) || /^\s*<!--.*-->\s*$/.test(line)) return i + 1;

    const heading = HEADING.exec(line) ?? this.setextHeading(i, wasBlank);
    if (heading) {
      this.onHeading(heading[1].length, heading[2], i);
      return /^ {0,3}#/.test(line) ? i + 1 : i + 2;
    }
    if (/^ {0,3}([-*_])(?:\s*\1){2,}\s*$/.test(line)) {
      this.items = [];
      this.inList = false;
      return i + 1;
    }

    const item = LIST_ITEM.exec(line);
    if (item) {
      this.onListItem(item[1].length, line.length - line.trimStart().length + item[2].length + 1, item[3] ?? '', i);
      return i + 1;
    }

    const indent = line.length - line.trimStart().length;
    const parent = this.items.length > 0 ? this.items[this.items.length - 1] : undefined;
    if (wasBlank && indent >= (parent ? parent.contentIndent + 4 : 4)) return this.readIndentedCode(i, parent ? parent.contentIndent + 4 : 4);
    if (parent && (indent >= parent.contentIndent || !wasBlank)) {
      this.onItemContinuation(parent, line.trim(), wasBlank);
      return i + 1;
    }
    this.items = [];
    this.inList = false;
    this.onParagraphLine(line.trim(), wasBlank, i);
    return i + 1;
  }

  /** "Title" underlined with === or --- (a paragraph's first line only). */
  private setextHeading(i: number, afterBlank: boolean): RegExpExecArray | null {
    const line = this.lines[i];
    const next = this.lines[i + 1] ?? '';
    if (!afterBlank || LIST_ITEM.test(line) || !/^(?:=+|-{2,})\s*$/.test(next)) return null;
    return HEADING.exec(`${next.startsWith('=') ? '#' : '##'} ${line.trim()}`);
  }

  private onHeading(level: number, rawText: string, i: number): void {
    this.finishQuestion();
    this.items = [];
    this.inList = false;
    this.headings = this.headings.filter((heading) => heading.level < level);
    const text = headingText(rawText);
    // A table of contents has no sub-headings: the next heading of any level ends it.
    this.tocLevel = null;
    if (TOC_HEADING.test(stripEmphasis(text))) {
      this.tocLevel = level;
      this.skip(i + 1, 'table of contents', text);
      return;
    }
    if (isQuestionHeading(text)) {
      this.startQuestion(text, i, true);
      return;
    }
    this.headings.push({ level, text: stripEmphasis(text) });
  }

  private onListItem(indent: number, contentIndent: number, rawText: string, i: number): void {
    while (this.items.length > 0 && this.items[this.items.length - 1].indent >= indent) this.items.pop();
    const parent = this.items[this.items.length - 1];
    const text = rawText.trim();
    const open = (role: ItemRole, field?: OpenItem['field']): void => {
      this.items.push({ indent, contentIndent, role, field });
    };

    if (this.tocLevel !== null) return open('skipped');
    if (!parent) {
      if (!this.inList) this.listOfQuestions = this.isListOfQuestions(i, indent);
      this.inList = true;
      if (LINK_ONLY.test(text) && !isQuestionText(text)) {
        this.skip(i + 1, 'navigation link (a list item that is only a link)', text);
        return open('skipped');
      }
      if (this.current?.fromHeading) return open(...this.attachToQuestion(this.current, text, indent));
      if (isQuestionText(text) || (this.listOfQuestions && !markerOf(text))) {
        this.startQuestion(text, i, false);
        return open('question');
      }
      if (this.current && markerOf(text)) return open(...this.attachToQuestion(this.current, text, 0));
      this.skip(i + 1, 'list item is not phrased as a question', text);
      return open('skipped');
    }
    if (parent.role === 'skipped' || !this.current) return open('skipped');
    if (parent.role === 'question' || parent.role === 'followUp') return open(...this.attachToQuestion(this.current, text, indent - parent.contentIndent));
    if (parent.role === 'rubric' && parent.field) {
      this.addToField(this.current, parent.field, text);
      return open('rubric', parent.field);
    }
    this.current.answerLines.push(`${' '.repeat(Math.max(indent - (this.items[0]?.contentIndent ?? 0), 0))}- ${text}`);
    return open('answer');
  }

  /** Looks ahead over the list starting at line `start`: are most of its items (3 or more) questions? */
  private isListOfQuestions(start: number, indent: number): boolean {
    let items = 0;
    let questions = 0;
    let inFence = false;
    for (let j = start; j < this.lines.length; j++) {
      const line = this.lines[j].replace(/\t/g, '    ');
      if (FENCE.test(line)) inFence = !inFence;
      if (inFence || FENCE.test(line) || line.trim() === '') continue;
      if (HEADING.test(line)) break;
      const item = LIST_ITEM.exec(line);
      const lineIndent = line.length - line.trimStart().length;
      if (item && item[1].length === indent) {
        items++;
        if (isQuestionText(item[3] ?? '')) questions++;
      } else if (!item && lineIndent <= indent && j > start && this.lines[j - 1].trim() === '') break;
    }
    return items >= 3 && questions >= items * 0.6;
  }

  /** A list item under a question: a marked rubric field, a follow-up question, or answer text. */
  private attachToQuestion(question: QuestionBuilder, text: string, relativeIndent: number): [ItemRole, OpenItem['field']?] {
    const followUp = FOLLOW_UP_MARKER.exec(text);
    if (followUp) {
      if (followUp[1]) question.followUps.push(followUp[1]);
      return ['rubric', 'followUps'];
    }
    const marker = markerOf(text);
    if (marker) {
      const rest = text.slice(marker.length).trim();
      if (rest) this.addToField(question, marker.field, rest);
      return ['rubric', marker.field];
    }
    if (!question.fromHeading && isQuestionText(text)) {
      question.followUps.push(text);
      return ['followUp'];
    }
    question.answerLines.push(`${' '.repeat(Math.max(relativeIndent, 0))}- ${text}`);
    return ['answer'];
  }

  private addToField(question: QuestionBuilder, field: MarkerField | 'followUps', text: string): void {
    if (field === 'followUps') question.followUps.push(text);
    else if (field === 'lookFor' || field === 'redFlags') question.rubric[field].push(asListEntry(text));
    else question.rubric[field] = appendText(question.rubric[field], text);
  }

  private onItemContinuation(item: OpenItem, text: string, afterBlank: boolean): void {
    const question = this.current;
    if (!question || item.role === 'skipped') return;
    if (item.role === 'question' && !afterBlank && question.answerLines.length === 0) {
      question.prompt = `${question.prompt} ${text}`;
    } else if (item.role === 'rubric' && item.field) {
      if (item.field === 'lookFor' || item.field === 'redFlags' || item.field === 'followUps') this.addToField(question, item.field, text);
      else question.rubric[item.field] = `${question.rubric[item.field] ?? ''}${afterBlank ? '\n\n' : ' '}${text}`.trim();
    } else {
      if (afterBlank && question.answerLines.length > 0) question.answerLines.push('');
      question.answerLines.push(text);
    }
  }

  private onParagraphLine(text: string, afterBlank: boolean, i: number): void {
    const bold = BOLD_QUESTION.exec(text);
    const paragraphQuestion = afterBlank && (NUMBERED_PARAGRAPH_QUESTION.test(text) || (bold !== null && /\?$/.test(bold[1].trim())));
    if (paragraphQuestion && !markerOf(text)) {
      this.startQuestion(text, i, true);
      return;
    }
    const noise = judgeNoise(text);
    if (noise.noise) {
      this.skip(i + 1, `marketing or navigation text: ${noise.reason ?? ''}`, text);
      return;
    }
    if (!this.current) {
      this.skip(i + 1, 'text outside any question (introduction or notes)', text);
      return;
    }
    if (afterBlank && this.current.answerLines.length > 0) this.current.answerLines.push('');
    this.current.answerLines.push(text);
  }

  /** A fenced block; the fence's own indentation (inside a list item) is removed from its lines. */
  private readFence(start: number, indent: number, fence: string, language: string): number {
    let end = start + 1;
    const closing = new RegExp(`^\\s*${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
    while (end < this.lines.length && !closing.test(this.lines[end])) end++;
    const body = this.lines.slice(start + 1, end).map((line) => line.replace(new RegExp(`^ {0,${indent}}`), ''));
    this.onCode(body.join('\n'), language, start);
    this.blankBefore = false;
    return end + 1;
  }

  private readIndentedCode(start: number, indent: number): number {
    let end = start;
    while (end < this.lines.length && (this.lines[end].trim() === '' || this.lines[end].length - this.lines[end].trimStart().length >= indent)) end++;
    while (end > start && this.lines[end - 1].trim() === '') end--;
    this.onCode(this.lines.slice(start, end).map((line) => line.slice(indent)).join('\n'), '', start);
    return end;
  }

  /** Code right after a question is its snippet; code after answer text is part of the answer. */
  private onCode(code: string, language: string, start: number): void {
    const question = this.current;
    if (!question || this.tocLevel !== null) {
      this.skip(start + 1, 'code block outside any question', code);
      return;
    }
    const parent = this.items[this.items.length - 1];
    const textField = parent?.role === 'rubric' ? parent.field : undefined;
    const fenced = `\`\`\`${language}\n${code}\n\`\`\``;
    if (textField && textField !== 'followUps' && textField !== 'lookFor' && textField !== 'redFlags') {
      question.rubric[textField] = appendText(question.rubric[textField], fenced);
    } else if (question.code === null && question.answerLines.length === 0 && !hasRubricText(question.rubric)) {
      question.code = code;
    } else {
      if (question.answerLines.length > 0) question.answerLines.push('');
      question.answerLines.push(...fenced.split('\n'));
    }
  }

  private startQuestion(text: string, i: number, fromHeading: boolean): void {
    this.finishQuestion();
    this.ordinal++;
    this.current = {
      prompt: text,
      code: null,
      answerLines: [],
      rubric: emptyRubric(),
      followUps: [],
      category: this.headings.map((heading) => heading.text),
      source: { file: this.fileName, item: this.ordinal, line: i + 1 },
      fromHeading,
    };
  }

  private finishQuestion(): void {
    const question = this.current;
    if (!question) return;
    this.current = null;
    this.questions.push({
      prompt: question.prompt,
      code: question.code,
      answerText: question.answerLines.join('\n').trim(),
      rubric: question.rubric,
      followUps: question.followUps,
      category: question.category,
      given: null,
      sources: [question.source],
    });
  }

  private skip(line: number, reason: string, text: string): void {
    const last = this.skipped[this.skipped.length - 1];
    // Consecutive lines skipped for the same structural reason are one entry (a whole TOC, a
    // whole intro, a list of links); list items and noise are reported one by one.
    const grouped = MERGED_SKIP_REASONS.has(reason) && last?.reason === reason && last.source.line !== null && line - last.source.line <= 3;
    if (grouped) return;
    this.skipped.push({ source: { file: this.fileName, item: null, line }, reason, excerpt: excerpt(text) });
  }
}

function markerOf(text: string): { field: MarkerField; length: number } | undefined {
  for (const marker of MARKERS) {
    if (marker.sentenceOnly) continue;
    const match = marker.pattern.exec(text);
    if (match) return { field: marker.field, length: match[0].length };
  }
  return undefined;
}

function hasRubricText(rubric: Rubric): boolean {
  return Object.values(rubric).some((value) => (Array.isArray(value) ? value.length > 0 : !!value));
}

/** Heading text without anchors, arrow links back to the TOC, emphasis or a closing colon. */
function headingText(raw: string): string {
  return raw
    .replace(/\[\[?[^\]\p{L}\d]*\]?\]\([^)]*\)\)?/gu, '')
    .replace(/<[^>]+>/g, '')
    .replace(/:\s*$/, '')
    .trim();
}

function stripEmphasis(text: string): string {
  return text.replace(/(\*\*|__|[*_`])/g, '').trim();
}

function stripNumbering(text: string): string {
  return stripEmphasis(text).replace(/^(?:q(?:uestion)?\s*\d*\s*[:.)-]|\d{1,4}\s*[.)]\s*)\s*/i, '').trim();
}

export function isQuestionText(text: string): boolean {
  const plain = stripNumbering(text).replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
  if (!plain || markerOf(plain)) return false;
  return /\?(?:\s|$)|:$/.test(plain) || QUESTION_START.test(plain);
}

function isQuestionHeading(text: string): boolean {
  const plain = stripEmphasis(text);
  return /\?$/.test(plain) || /^(?:q(?:uestion)?\s*\d+\s*[:.)-])/i.test(plain);
}
