import type { AnswerDraft, ScoringKit } from '@panelist/scorecards';
import type { InterviewModeKitFieldsFragment, InterviewModeQuestionFieldsFragment } from '../../../generated/graphql';
import { competencyLabel } from '../../format';

export type InterviewKit = InterviewModeKitFieldsFragment;

/** A kit question in interview order, numbered Q1, Q2, … through the whole kit. */
export interface KitQuestion extends InterviewModeQuestionFieldsFragment {
  number: number;
  sectionIndex: number;
  sectionCompetency: string;
}

export function sectionTitle(section: { title: string; competency: string }): string {
  return section.title.trim() || competencyLabel(section.competency);
}

/** Every question of the kit in the order it is asked: sections in order, questions in order within them. */
export function questionsOf(kit: InterviewKit): KitQuestion[] {
  let number = 0;
  return kit.sections.flatMap((section, sectionIndex) =>
    section.questions.map((question) => {
      number += 1;
      return { ...question, number, sectionIndex, sectionCompetency: section.competency };
    }),
  );
}

/** What the shared scoring rules need; competencies come from the sections, as the API scores them. */
export function scoringKitOf(kit: InterviewKit): ScoringKit {
  return {
    scalePoints: kit.ratingScale.length,
    questions: questionsOf(kit).map((question) => ({ questionId: question.questionId, competency: question.sectionCompetency })),
  };
}

/** How many rated answers each competency's pre-fill is based on ("pre-filled from 2 answers"). */
export function ratedAnswerCounts(kit: ScoringKit, answers: readonly AnswerDraft[]): Map<string, number> {
  const rated = new Set(answers.filter((answer) => answer.rating !== null && !answer.notAsked).map((answer) => answer.questionId));
  const counts = new Map<string, number>();
  for (const question of kit.questions) {
    counts.set(question.competency, (counts.get(question.competency) ?? 0) + (rated.has(question.questionId) ? 1 : 0));
  }
  return counts;
}

/** "3 · Strong" for a rating on the kit's scale; the bare number if the scale lacks it. */
export function ratingText(kit: Pick<InterviewKit, 'ratingScale'>, rating: number): string {
  const point = kit.ratingScale.find((candidate) => candidate.value === rating);
  return point ? `${rating} · ${point.label}` : String(rating);
}

/** The planned minutes of every question together. */
export function plannedMinutesOf(kit: InterviewKit): number {
  return questionsOf(kit).reduce((sum, question) => sum + question.plannedMinutes, 0);
}
