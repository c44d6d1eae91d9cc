import type { ExactDuplicateGroup, QuestionDraft, Rubric } from '../model';
import { fillRubric, RUBRIC_LIST_FIELDS, RUBRIC_TEXT_FIELDS } from '../rubric/rubric';

/**
 * Folds drafts with the same fingerprint into the first one. The merged draft keeps every source
 * reference, fills empty rubric fields from later copies and unions their lists; a group records
 * which fields differed so the person importing can check what was not kept.
 */
export function mergeExactDuplicates(drafts: QuestionDraft[]): { drafts: QuestionDraft[]; groups: ExactDuplicateGroup[] } {
  const byFingerprint = new Map<string, QuestionDraft>();
  const differing = new Map<string, Set<keyof Rubric>>();
  for (const draft of drafts) {
    const kept = byFingerprint.get(draft.fingerprint);
    if (!kept) {
      byFingerprint.set(draft.fingerprint, { ...draft, sources: [...draft.sources] });
      continue;
    }
    const fields = differing.get(draft.fingerprint) ?? new Set<keyof Rubric>();
    for (const field of RUBRIC_TEXT_FIELDS)
      if (kept.rubric[field] && draft.rubric[field] && kept.rubric[field] !== draft.rubric[field]) fields.add(field);
    for (const field of RUBRIC_LIST_FIELDS)
      if (kept.rubric[field].length && draft.rubric[field].length && kept.rubric[field].join('\n') !== draft.rubric[field].join('\n'))
        fields.add(field);
    differing.set(draft.fingerprint, fields);
    kept.sources.push(...draft.sources);
    kept.rubric = fillRubric(kept.rubric, draft.rubric);
    kept.followUps = [...new Set([...kept.followUps, ...draft.followUps])];
  }
  const merged = [...byFingerprint.values()];
  const groups = merged
    .filter((draft) => differing.has(draft.fingerprint))
    .map((draft) => ({
      fingerprint: draft.fingerprint,
      prompt: draft.prompt,
      sources: draft.sources,
      differingFields: [...(differing.get(draft.fingerprint) ?? [])],
    }));
  return { drafts: merged, groups };
}
