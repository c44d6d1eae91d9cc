import type { Rubric } from '../model';

export const RUBRIC_TEXT_FIELDS = ['referenceAnswer', 'whatToExpect', 'interviewerGuidance', 'sampleAnswer'] as const;
export const RUBRIC_LIST_FIELDS = ['lookFor', 'redFlags'] as const;
export type RubricTextField = (typeof RUBRIC_TEXT_FIELDS)[number];
export type RubricListField = (typeof RUBRIC_LIST_FIELDS)[number];

export function emptyRubric(): Rubric {
  return { referenceAnswer: null, lookFor: [], redFlags: [], whatToExpect: null, interviewerGuidance: null, sampleAnswer: null };
}

/** Fills the gaps of `base` from `extra`: text fields keep the first non-empty value, lists are unioned. */
export function fillRubric(base: Rubric, extra: Rubric): Rubric {
  const merged: Rubric = { ...base, lookFor: [...base.lookFor], redFlags: [...base.redFlags] };
  for (const field of RUBRIC_TEXT_FIELDS) merged[field] = base[field] ?? extra[field];
  for (const field of RUBRIC_LIST_FIELDS) {
    for (const entry of extra[field]) if (!merged[field].includes(entry)) merged[field].push(entry);
  }
  return merged;
}

/** Joins the pieces of one text field found in different places of the source. */
export function appendText(current: string | null, addition: string | null): string | null {
  const trimmed = addition?.trim();
  if (!trimmed) return current;
  return current ? `${current}\n\n${trimmed}` : trimmed;
}

export function hasRubric(rubric: Rubric): boolean {
  return rubric.lookFor.length > 0 || rubric.redFlags.length > 0;
}
