import type { LoopInterviewFragment } from '../../../generated/graphql';

export interface RepeatedQuestionView {
  questionId: string;
  prompt: string;
  /** How the interviews asking it are called: their round, else their kit. */
  interviews: string[];
}

export function interviewName(interview: Pick<LoopInterviewFragment, 'roundName' | 'kit'>): string {
  return interview.roundName ?? interview.kit.title;
}

/** Joins the API's repeated question ids with the prompts and names of the interviews asking them. */
export function repeatedQuestionViews(
  repeated: ReadonlyArray<{ questionId: string; interviewIds: readonly string[] }>,
  interviews: readonly LoopInterviewFragment[],
): RepeatedQuestionView[] {
  const byId = new Map(interviews.map((interview) => [interview.id, interview]));
  return repeated.map(({ questionId, interviewIds }) => {
    const asking = interviewIds.map((id) => byId.get(id)).filter((interview) => interview !== undefined);
    const prompt =
      asking
        .flatMap((interview) => interview.kit.sections.flatMap((section) => section.questions))
        .find((question) => question.questionId === questionId)?.revision.prompt ?? 'A question';
    return { questionId, prompt, interviews: asking.map(interviewName) };
  });
}
