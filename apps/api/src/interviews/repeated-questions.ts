import type { InterviewDto } from './dtos/interview.dto';
import type { RepeatedQuestionDto } from './dtos/interview-loop.dto';

/** Questions that appear in the kits of more than one interview of a loop (from the kit snapshots). */
export function repeatedQuestions(interviews: InterviewDto[]): Array<Omit<RepeatedQuestionDto, 'prompt'>> {
  const seen = new Map<string, { interviewIds: string[]; revisionId: string }>();
  for (const interview of interviews) {
    for (const section of interview.kitSnapshot.sections) {
      for (const question of section.questions) {
        const entry = seen.get(question.questionId) ?? { interviewIds: [], revisionId: question.revisionId };
        entry.interviewIds.push(interview.id);
        seen.set(question.questionId, entry);
      }
    }
  }
  return [...seen.entries()].filter(([, entry]) => entry.interviewIds.length > 1).map(([questionId, entry]) => ({ questionId, ...entry }));
}
