import type { BankShapeReport, Classification, Rubric, SkippedItem, SourceRef } from '../model';

/** What a file states outright about a question's classification (CSV columns, JSON fields). */
export interface GivenClassification {
  type?: string;
  competencies?: string[];
  tags?: string[];
  difficulty?: string;
  /** A full classification with reasons, as Panelist exports it: kept as it is. */
  classification?: Classification;
  /** Where the given values come from, for the reason text ("CSV column", "JSON field"). */
  origin: string;
}

/** A question as a format parser found it, before cleaning, rubric splitting and classification. */
export interface RawQuestion {
  prompt: string;
  code: string | null;
  /** Free text that may mix answer, look-fors, red flags and advice; split by markers later. */
  answerText: string;
  /** Fields the file already separates (CSV columns, Markdown sub-bullets, JSON fields). */
  rubric: Rubric;
  followUps: string[];
  category: string[];
  /** A title the file gives the question besides its prompt (Markdown: a heading above the asking paragraph). */
  label?: string | null;
  given: GivenClassification | null;
  sources: SourceRef[];
}

export interface FormatParseResult {
  questions: RawQuestion[];
  skipped: SkippedItem[];
  /** What the reader saw, for formats that can be read several ways (Markdown). */
  report?: BankShapeReport;
}

export function excerpt(text: string, max = 120): string {
  const single = text.replace(/\s+/g, ' ').trim();
  return single.length > max ? `${single.slice(0, max - 1)}…` : single;
}
