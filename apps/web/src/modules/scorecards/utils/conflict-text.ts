import { RECOMMENDATION_LABELS, type Recommendation } from '@panelist/scorecards';
import { competencyLabel } from '../../format';
import type { FieldValue } from './draft-fields';
import { ratingText, type InterviewKit, type KitQuestion } from './interview-kit';

/** "Notes on Q3", "Rating of Q3", "Competency rating: API design", "Overall recommendation", "Summary". */
export function conflictLabel(path: string, questions: readonly KitQuestion[]): string {
  if (path === 'recommendation') return 'Overall recommendation';
  if (path === 'summary') return 'Summary';
  if (path.startsWith('competencyRatings.')) return `Competency rating: ${competencyLabel(path.slice('competencyRatings.'.length))}`;
  const [, questionId, leaf] = path.split('.');
  const number = questions.find((question) => question.questionId === questionId)?.number;
  const question = number ? `Q${number}` : 'a question';
  return leaf === 'notes' ? `Notes on ${question}` : `Rating of ${question}`;
}

/** A conflicting value as a person reads it. */
export function conflictValueText(path: string, value: FieldValue, kit: InterviewKit): string {
  if (value === 'NOT_ASKED') return 'Not asked';
  if (value === null || value === '') return '(empty)';
  if (path === 'recommendation') return RECOMMENDATION_LABELS[value as Recommendation] ?? String(value);
  if (typeof value === 'number') return ratingText(kit, value);
  return value;
}
