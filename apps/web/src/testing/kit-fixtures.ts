import type { DraftQuestion } from '../modules/kits/utils/kit-draft';

/** A question as the builder holds it. */
export function aDraftQuestion(questionId: string, overrides: Partial<DraftQuestion> = {}): DraftQuestion {
  return {
    questionId,
    plannedMinutes: 10,
    prompt: `Question ${questionId}`,
    type: 'TECHNICAL',
    hasRubric: true,
    kitQuestionId: null,
    pinnedRevision: null,
    currentRevision: null,
    newerRevisionAvailable: false,
    archived: false,
    ...overrides,
  };
}
