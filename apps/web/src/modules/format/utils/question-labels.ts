import type { Difficulty, QuestionType } from '../../../generated/graphql';

export const QUESTION_TYPES = [
  'BEHAVIOURAL',
  'SITUATIONAL',
  'TECHNICAL',
  'SYSTEM_DESIGN',
  'CODING',
  'CAREER',
] as const satisfies readonly QuestionType[];
export const DIFFICULTIES = ['JUNIOR', 'MID', 'SENIOR'] as const satisfies readonly Difficulty[];

export const TYPE_LABELS: Record<QuestionType, string> = {
  BEHAVIOURAL: 'Behavioural',
  SITUATIONAL: 'Situational',
  TECHNICAL: 'Technical knowledge',
  SYSTEM_DESIGN: 'System design',
  CODING: 'Coding / code review',
  CAREER: 'Career & motivation',
};

export const DIFFICULTY_LABELS: Record<Difficulty, string> = {
  JUNIOR: 'Junior',
  MID: 'Mid-level',
  SENIOR: 'Senior',
};

export function isQuestionType(value: unknown): value is QuestionType {
  return typeof value === 'string' && (QUESTION_TYPES as readonly string[]).includes(value);
}

export function isDifficulty(value: unknown): value is Difficulty {
  return typeof value === 'string' && (DIFFICULTIES as readonly string[]).includes(value);
}

/** The classification rules speak lower case ("technical", "system-design"); map them to our enum labels. */
export function classifiedTypeLabel(value: string): string {
  const key = value.toUpperCase().replace(/[-\s]/g, '_');
  return isQuestionType(key) ? TYPE_LABELS[key] : value;
}

export function classifiedDifficultyLabel(value: string): string {
  const key = value.toUpperCase();
  return isDifficulty(key) ? DIFFICULTY_LABELS[key] : value;
}

/** Where a protected-characteristic finding was, in the words of the question page. */
export const FIELD_LABELS: Record<string, string> = {
  prompt: 'Prompt',
  code: 'Code',
  followUps: 'Follow-up questions',
  referenceAnswer: 'Reference answer',
  lookFor: 'Look for',
  redFlags: 'Red flags',
  whatToExpect: 'What to expect',
  interviewerGuidance: 'Interviewer guidance',
  sampleAnswer: 'Sample answer',
};

export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field;
}
