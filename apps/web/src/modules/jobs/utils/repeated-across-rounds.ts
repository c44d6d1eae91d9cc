export interface RoundRepeat {
  questionId: string;
  prompt: string;
  /** The rounds whose kits ask it, by name (or "Round n" while unnamed). */
  rounds: string[];
}

interface KitQuestions {
  id: string;
  sections: ReadonlyArray<{ questions: ReadonlyArray<{ questionId: string; revision: { prompt: string } }> }>;
}

/**
 * Questions that more than one round of the job would ask, because their kits share them: the
 * candidate would get the same question twice in one loop. Rounds on the same kit count once each.
 */
export function repeatedAcrossRounds(rounds: ReadonlyArray<{ name: string; kitId: string }>, kits: readonly KitQuestions[]): RoundRepeat[] {
  const kitsById = new Map(kits.map((kit) => [kit.id, kit]));
  const asked = new Map<string, RoundRepeat>();
  rounds.forEach((round, index) => {
    const kit = kitsById.get(round.kitId);
    if (!kit) return;
    const name = round.name.trim() || `Round ${index + 1}`;
    const seen = new Set<string>();
    for (const question of kit.sections.flatMap((section) => section.questions)) {
      if (seen.has(question.questionId)) continue;
      seen.add(question.questionId);
      const entry = asked.get(question.questionId) ?? { questionId: question.questionId, prompt: question.revision.prompt, rounds: [] };
      entry.rounds.push(name);
      asked.set(question.questionId, entry);
    }
  });
  return [...asked.values()].filter((entry) => entry.rounds.length > 1);
}
