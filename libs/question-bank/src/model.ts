/** The shapes the importer produces. Plain data only, so they serialise to JSON unchanged. */

export const BANK_FORMATS = ['seed-page', 'markdown', 'csv', 'json'] as const;
export type BankFormat = (typeof BANK_FORMATS)[number];

export const QUESTION_TYPES = ['behavioural', 'situational', 'technical', 'system-design', 'coding', 'career'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const DIFFICULTIES = ['junior', 'mid', 'senior'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/** Where a question came from. `item` is the number printed in the file (seed page), the
 *  question's ordinal (Markdown), the data-row number (CSV) or the array position (JSON). */
export interface SourceRef {
  file: string;
  item: number | null;
  line: number | null;
}

/** Guidance for the interviewer, one kind per field; no field repeats another field's marker. */
export interface Rubric {
  referenceAnswer: string | null;
  lookFor: string[];
  redFlags: string[];
  whatToExpect: string | null;
  interviewerGuidance: string | null;
  sampleAnswer: string | null;
}

/** A value chosen by a rule (or given by the file), with the reason a person can read and correct. */
export interface Classified<T> {
  value: T;
  reason: string;
}

export interface Classification {
  type: Classified<QuestionType>;
  competencies: Classified<string>[];
  tags: Classified<string>[];
  difficulty: Classified<Difficulty>;
}

export interface QuestionDraft {
  /** Hash of the normalized prompt (and attached code): equal for exact duplicates. */
  fingerprint: string;
  prompt: string;
  /** Code that belongs to the prompt (a fenced block, or a snippet inlined in a scraped prompt). */
  code: string | null;
  /** Heading path, outermost first; empty when the file has no headings. */
  category: string[];
  /**
   * The short title a file gives a question apart from its prompt ("#### Law of Demeter" above the
   * paragraph that asks it); absent when the file gives none.
   */
  label?: string;
  followUps: string[];
  rubric: Rubric;
  classification: Classification;
  /** Every place this question appears in the file (more than one after an exact merge). */
  sources: SourceRef[];
}

export interface SkippedItem {
  source: SourceRef;
  reason: string;
  /** The skipped text, shortened for display. */
  excerpt: string;
}

export interface ExactDuplicateGroup {
  fingerprint: string;
  prompt: string;
  sources: SourceRef[];
  /** Rubric fields whose text differed between the copies; the first non-empty copy was kept. */
  differingFields: (keyof Rubric)[];
}

export interface NearDuplicateSuggestion {
  /** Fingerprints of the two drafts, `a` appearing first in the file. */
  a: string;
  b: string;
  /** Dice similarity of the prompts' content-word trigrams, 0..1, rounded to 3 decimals. */
  score: number;
}

export interface BankSummary {
  /** Questions found in the file, before exact duplicates were merged. */
  items: number;
  drafts: number;
  /** Questions folded into an earlier identical one. */
  mergedDuplicates: number;
  nearDuplicateSuggestions: number;
  skipped: number;
}

/** The ways a Markdown bank can lay out a question (see formats/markdown.ts). */
export const QUESTION_SHAPES = [
  'list-item',
  'heading',
  'numbered-heading',
  'titled-heading',
  'q-and-a',
  'bold-label',
  'table',
  'details',
  'multiple-choice',
] as const;
export type QuestionShape = (typeof QUESTION_SHAPES)[number];

/** How to read a Markdown bank: by its detected shapes, or forced by the person importing. */
export const MARKDOWN_INTERPRETATIONS = ['auto', 'headings', 'list-items'] as const;
export type MarkdownInterpretation = (typeof MARKDOWN_INTERPRETATIONS)[number];

/** What the Markdown reader saw in the file, for the preview to tell the truth about it. */
export interface BankShapeReport {
  /** The shape most questions came in; null when no question was found. */
  detectedShape: QuestionShape | null;
  /** Every shape found, most questions first, with the line of its first question. */
  shapes: { shape: QuestionShape; questions: number; firstLine: number }[];
  /** Blocks read outside skipped navigation: headings, list items, paragraphs, table body rows. */
  seen: { headings: number; listItems: number; paragraphs: number; tableRows: number };
  /** The largest count of blocks that could each have been a question (leaf headings, list items or question-table rows). */
  candidateBlocks: number;
  questions: number;
  /** The file yields far fewer questions than candidate blocks: the interpretation may be wrong. */
  lowYield: boolean;
  interpretation: MarkdownInterpretation;
}

export interface ParsedBank {
  format: BankFormat;
  drafts: QuestionDraft[];
  skipped: SkippedItem[];
  duplicates: { exact: ExactDuplicateGroup[]; near: NearDuplicateSuggestion[] };
  summary: BankSummary;
  /** Markdown only: the shapes detected and the counts behind them. */
  report?: BankShapeReport;
}

export interface ParseBankOptions {
  fileName: string;
  /** Skip detection and read the file as this format. */
  format?: BankFormat;
  /** How to decode bytes. Default: UTF-8 (UTF-16 when the file starts with its byte-order mark). */
  encoding?: 'utf-8' | 'windows-1252';
  /** Near-duplicate threshold (Dice, 0..1). Default NEAR_DUPLICATE_THRESHOLD. */
  nearDuplicateThreshold?: number;
  /** false skips the near-duplicate search, for callers that compare with a bank themselves. Default true. */
  nearDuplicates?: boolean;
  /** Markdown only: "headings" makes every heading without sub-headings a question, "list-items" every list item. Default "auto". */
  interpretation?: MarkdownInterpretation;
}
