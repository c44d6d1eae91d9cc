import type { Rubric } from '../model';
import { looksLikeCode } from '../text/code';
import { restoreFlattenedStructure } from '../text/readable';
import { splitSentences } from '../text/sentences';
import { ADVICE_CUES, EXAMPLE_AFTER_GUIDANCE, GUIDANCE_SENTENCE, MARKERS, type Marker, type MarkerField } from './markers';
import { appendText, emptyRubric } from './rubric';

/** A piece of the answer text: a sentence of a prose paragraph, or a whole structured block. */
interface Unit {
  text: string;
  /** Put before this unit when it is joined to the previous one. */
  joiner: ' ' | '\n\n';
  prose: boolean;
}

type SectionField = MarkerField | 'unlabelled';

interface Section {
  field: SectionField;
  label?: string;
  units: Unit[];
}

/**
 * Splits one answer text, as found in a bank, into rubric fields. Explicit markers ("Look for:",
 * "Red flag:", "What to Expect:", "Sample Answer", "What the interviewer wants:" ...) open sections;
 * text without a marker is the reference answer, except sentences that speak about the candidate
 * ("A good candidate ...") which are interviewer guidance, and a closing quotation after advice,
 * which is a sample answer. No marker text is copied into any field.
 */
export function splitGuidance(answerText: string): Rubric {
  const rubric = emptyRubric();
  const text = answerText.trim();
  if (!text) return rubric;
  for (const section of sectionsOf(unitsOf(text))) applySection(rubric, section);
  return rubric;
}

function unitsOf(text: string): Unit[] {
  const units: Unit[] = [];
  for (const block of blocksOf(text)) {
    const trimmed = block.trim();
    if (!trimmed) continue;
    const structured = trimmed.includes('\n') || /^(\s*[-*+]\s|\s*\d+[.)]\s|\||```|~~~| {4})/.test(block);
    if (structured) {
      units.push({ text: trimmed, joiner: '\n\n', prose: false });
      continue;
    }
    splitSentences(trimmed).forEach((sentence, i) => units.push({ text: sentence, joiner: i === 0 ? '\n\n' : ' ', prose: true }));
  }
  return units;
}

const LIST_ITEM = /^\s*(?:[-*+]|\d{1,4}[.)])\s/;

/**
 * Paragraphs separated by blank lines; a fenced code block stays whole even with blank lines, and so
 * does a list whose items hold paragraphs and code (indented lines or further items after a blank
 * line): cutting it would strip the indentation that keeps them inside their items.
 */
function blocksOf(text: string): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  let inFence = false;
  let inList = false;
  let blank = false;
  for (const line of text.split('\n')) {
    const fence = /^\s*(```|~~~)/.test(line);
    if (!inFence && line.trim() === '') {
      blank = current.length > 0;
      continue;
    }
    if (blank) {
      blank = false;
      if (inList && (/^\s/.test(line) || LIST_ITEM.test(line))) current.push('');
      else {
        blocks.push(current.join('\n'));
        current = [];
      }
    }
    if (current.length === 0) inList = LIST_ITEM.test(line);
    if (fence) inFence = !inFence;
    current.push(line);
  }
  if (current.length) blocks.push(current.join('\n'));
  return blocks;
}

function sectionsOf(units: Unit[]): Section[] {
  const sections: Section[] = [{ field: 'unlabelled', units: [] }];
  const current = (): Section => sections[sections.length - 1];
  for (const unit of units) {
    const found = findMarker(unit.text);
    if (found) {
      const rest: Unit = { ...unit, text: withoutClosingEmphasis(unit.text, found.length) };
      sections.push({ field: found.marker.field, label: found.marker.label, units: rest.text ? [rest] : [] });
      if (found.marker.sentenceOnly) sections.push({ field: 'unlabelled', units: [] });
      continue;
    }
    const section = current();
    const previous = section.units[section.units.length - 1];
    const afterGuidance =
      section.field === 'interviewerGuidance' || (section.field === 'unlabelled' && !!previous && GUIDANCE_SENTENCE.test(previous.text));
    const example = EXAMPLE_AFTER_GUIDANCE.exec(unit.text);
    if (afterGuidance && example) {
      sections.push({ field: 'sampleAnswer', units: [{ ...unit, text: unit.text.slice(example[0].length) }] });
      continue;
    }
    section.units.push(unit);
  }
  return sections.filter((section) => section.units.length > 0);
}

/** The text after a marker; "**Answer: B) x**" leaves "B) x", not "B) x**". */
function withoutClosingEmphasis(text: string, markerLength: number): string {
  const rest = text.slice(markerLength);
  const opened = /^\s*(\*\*|__)/.exec(text)?.[1];
  if (!opened || text.slice(0, markerLength).split(opened).length !== 2) return rest;
  const at = rest.indexOf(opened);
  return at < 0 ? rest : rest.slice(0, at) + rest.slice(at + opened.length);
}

function findMarker(text: string): { marker: Marker; length: number } | undefined {
  for (const marker of MARKERS) {
    const match = marker.pattern.exec(text);
    if (match) return { marker, length: match[0].length };
  }
  return undefined;
}

function join(units: Unit[]): string {
  return units
    .map((unit, i) => (i === 0 ? unit.text : unit.joiner + unit.text))
    .join('')
    .trim();
}

function applySection(rubric: Rubric, section: Section): void {
  switch (section.field) {
    case 'unlabelled':
      applyUnlabelled(rubric, section.units);
      return;
    case 'referenceAnswer':
      applyAnswer(rubric, join(section.units), 'referenceAnswer');
      return;
    case 'lookFor':
    case 'redFlags':
      applyList(rubric, section.field, section.units);
      return;
    case 'whatToExpect':
      rubric.whatToExpect = appendText(rubric.whatToExpect, readable(join(section.units)));
      return;
    case 'interviewerGuidance':
      addGuidance(rubric, join(section.units), section.label);
      return;
    case 'sampleAnswer':
      rubric.sampleAnswer = appendText(rubric.sampleAnswer, readable(stripQuotes(join(section.units))));
      return;
  }
}

/** Text without a marker: the reference answer, with advice and a closing quotation taken out. */
function applyUnlabelled(rubric: Rubric, units: Unit[]): void {
  const { before, quotation } = splitClosingQuotation(join(units));
  if (quotation !== null && !before) {
    applyAnswer(rubric, quotation, 'referenceAnswer');
    return;
  }
  const routed: { unit: Unit; guidance: boolean }[] = [];
  let previousWasGuidance = false;
  for (const unit of quotation === null ? units : unitsOf(before)) {
    const lookFor = /^Look for\s+(\S.*)$/s.exec(unit.text);
    if (unit.prose && lookFor) {
      rubric.lookFor.push(asListEntry(lookFor[1]));
      continue;
    }
    // "A good candidate should ... They should also ..." : the pronoun continues the guidance.
    const guidance: boolean =
      unit.prose && (GUIDANCE_SENTENCE.test(unit.text) || (previousWasGuidance && /^(?:they|he or she|he|she)\b/i.test(unit.text)));
    routed.push({ unit, guidance });
    previousWasGuidance = guidance;
  }
  const prose = routed.filter((entry) => !entry.guidance && entry.unit.prose);
  const advice = prose.filter((entry) => ADVICE_CUES.some((cue) => cue.test(entry.unit.text)));
  // Most of what remains talks to the interviewer about the candidate: it is all guidance.
  const mostlyAdvice = prose.length > 0 && advice.length * 2 >= prose.length;
  const guidanceUnits = routed.filter((entry) => entry.guidance || mostlyAdvice).map((entry) => entry.unit);
  const answerUnits = routed.filter((entry) => !entry.guidance && !mostlyAdvice).map((entry) => entry.unit);
  if (guidanceUnits.length > 0) addGuidance(rubric, joinRuns(routed, guidanceUnits));
  if (answerUnits.length > 0) rubric.referenceAnswer = appendText(rubric.referenceAnswer, readable(joinRuns(routed, answerUnits)));
  if (quotation !== null) rubric.sampleAnswer = appendText(rubric.sampleAnswer, quotation);
}

/** Joins a subset of units; where units in between went elsewhere, starts a new paragraph. */
function joinRuns(all: { unit: Unit }[], subset: Unit[]): string {
  let text = '';
  let previousIndex = -2;
  for (const unit of subset) {
    const index = all.findIndex((entry) => entry.unit === unit);
    const joiner = text === '' ? '' : index === previousIndex + 1 ? unit.joiner : '\n\n';
    text += joiner + unit.text;
    previousIndex = index;
  }
  return text.trim();
}

function applyAnswer(rubric: Rubric, text: string, field: 'referenceAnswer'): void {
  rubric[field] = appendText(rubric[field], readable(stripQuotes(text)));
}

/** "Look for:" / "Red flag:" sections: one entry per bullet or sentence. Guidance sentences and
 *  code (a scraped answer often continues with the model solution) go to their own fields. */
function applyList(rubric: Rubric, field: 'lookFor' | 'redFlags', units: Unit[]): void {
  let codeStarted = false;
  const code: Unit[] = [];
  for (const unit of units) {
    if (!unit.prose) {
      const bullets = unit.text.split('\n').map((line) => /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line)?.[1]);
      if (bullets.every((bullet) => bullet !== undefined)) {
        for (const bullet of bullets) if (bullet) rubric[field].push(asListEntry(bullet));
        continue;
      }
      code.push(unit);
      continue;
    }
    if (!codeStarted && looksLikeCode(unit.text)) {
      const [prose, rest] = splitProseFromCode(unit.text);
      codeStarted = true;
      if (prose) rubric[field].push(asListEntry(prose));
      code.push({ ...unit, text: rest });
      continue;
    }
    if (codeStarted) code.push(unit);
    else if (GUIDANCE_SENTENCE.test(unit.text)) addGuidance(rubric, unit.text);
    else rubric[field].push(asListEntry(unit.text));
  }
  if (code.length > 0) rubric.referenceAnswer = appendText(rubric.referenceAnswer, join(code));
}

/** "Proficiency with hashes. def to_hash(arr) ..." → the prose sentence and the code after it. */
function splitProseFromCode(text: string): [string, string] {
  for (const boundary of text.matchAll(/[.:]\s+/g)) {
    const at = (boundary.index ?? 0) + boundary[0].length;
    const prose = text.slice(0, at).trim();
    if (!looksLikeCode(prose) && looksLikeCode(text.slice(at))) return [prose, text.slice(at).trim()];
  }
  return ['', text];
}

function addGuidance(rubric: Rubric, text: string, label?: string): void {
  const body = readable(text.trim());
  if (!body) return;
  const labelled = label ? `${label}:${body.startsWith('-') ? '\n' : ' '}${body.replace(/^-\s*(?=-)/, '')}` : body;
  rubric.interviewerGuidance = appendText(rubric.interviewerGuidance, labelled);
}

/** One list entry: no bullet, no trailing full stop, first letter capitalised. */
export function asListEntry(text: string): string {
  const entry = text
    .trim()
    .replace(/^[-*+]\s+/, '')
    .replace(/\.$/, '')
    .trim();
  return entry.charAt(0).toUpperCase() + entry.slice(1);
}

function readable(text: string): string {
  return restoreFlattenedStructure(text.trim());
}

const QUOTE_PAIRS: [string, string][] = [
  ['“', '”'],
  ['"', '"'],
];

/** A quotation of at least a dozen words that closes the text: the candidate's words. */
function splitClosingQuotation(text: string): { before: string; quotation: string | null } {
  for (const [open, close] of QUOTE_PAIRS) {
    if (!text.endsWith(close)) continue;
    const start = text.lastIndexOf(open, text.length - 2);
    if (start < 0 || (start > 0 && !/[\s:]/.test(text[start - 1]))) continue;
    const quotation = text.slice(start + 1, -1).trim();
    if (quotation.split(/\s+/).length < 12 || quotation.includes(open) || quotation.includes(close)) continue;
    return { before: text.slice(0, start).trim(), quotation };
  }
  return { before: text, quotation: null };
}

function stripQuotes(text: string): string {
  const trimmed = text.trim();
  for (const [open, close] of QUOTE_PAIRS) {
    const inner = trimmed.slice(1, -1);
    if (trimmed.length > 2 && trimmed.startsWith(open) && trimmed.endsWith(close) && !inner.includes(close)) return inner.trim();
  }
  return trimmed;
}
