import { mergeTexts } from './text-merge';
import type { AnswerDraft, CompetencyRatingDraft, Recommendation, ScorecardDraft } from './scorecard-draft';

/**
 * One field two editors changed differently, e.g. the notes of a question edited in two tabs.
 * `path` names it: `answers.<questionId>.notes`, `answers.<questionId>.rating`,
 * `competencyRatings.<competency>`, `recommendation` or `summary`.
 */
export interface DraftConflict {
  path: string;
  mine: string | number | null;
  theirs: string | number | null;
}

export interface DraftMerge {
  /** The merged draft; where both sides changed a field differently it holds theirs (the server's). */
  merged: ScorecardDraft;
  conflicts: DraftConflict[];
}

type FieldValue = string | number | boolean | null;

/** A scorecard flattened to independent fields, so a merge works field by field. */
function fieldsOf(draft: ScorecardDraft): Map<string, FieldValue> {
  const fields = new Map<string, FieldValue>();
  for (const answer of draft.answers) {
    // rating and "not asked" are one decision, so they merge as one field
    fields.set(`answers.${answer.questionId}.rating`, answer.notAsked ? 'NOT_ASKED' : answer.rating);
    fields.set(`answers.${answer.questionId}.notes`, answer.notes);
  }
  for (const entry of draft.competencyRatings) fields.set(`competencyRatings.${entry.competency}`, entry.rating);
  fields.set('recommendation', draft.recommendation);
  fields.set('summary', draft.summary);
  return fields;
}

const EMPTY: Record<string, FieldValue> = { rating: null, notes: '', competency: null, recommendation: null, summary: '' };

function emptyValueOf(path: string): FieldValue {
  if (path.startsWith('competencyRatings.')) return EMPTY.competency;
  const last = path.slice(path.lastIndexOf('.') + 1);
  return EMPTY[last] ?? null;
}

function draftOf(fields: Map<string, FieldValue>): ScorecardDraft {
  const answers = new Map<string, AnswerDraft>();
  const competencyRatings: CompetencyRatingDraft[] = [];
  const answer = (questionId: string) => {
    const existing = answers.get(questionId) ?? { questionId, rating: null, notAsked: false, notes: '' };
    answers.set(questionId, existing);
    return existing;
  };
  for (const [path, value] of fields) {
    const [head, key, leaf] = path.split('.');
    if (head === 'answers' && key && leaf === 'rating') {
      Object.assign(
        answer(key),
        value === 'NOT_ASKED' ? { rating: null, notAsked: true } : { rating: value as number | null, notAsked: false },
      );
    } else if (head === 'answers' && key && leaf === 'notes') {
      answer(key).notes = value as string;
    } else if (head === 'competencyRatings' && key !== undefined) {
      competencyRatings.push({ competency: path.slice('competencyRatings.'.length), rating: value as number | null });
    }
  }
  return {
    answers: [...answers.values()],
    competencyRatings,
    recommendation: (fields.get('recommendation') ?? null) as Recommendation | null,
    summary: (fields.get('summary') ?? '') as string,
  };
}

/**
 * Three-way merge of a scorecard edited in two places since `base`: a field changed on one side
 * only takes that change; a field both sides changed to different values is a conflict, kept as
 * theirs in `merged` and reported with both values so the page can offer mine, theirs or both.
 */
export function mergeDrafts(base: ScorecardDraft, mine: ScorecardDraft, theirs: ScorecardDraft): DraftMerge {
  const [baseFields, myFields, theirFields] = [fieldsOf(base), fieldsOf(mine), fieldsOf(theirs)];
  const paths = new Set([...baseFields.keys(), ...myFields.keys(), ...theirFields.keys()]);
  const merged = new Map<string, FieldValue>();
  const conflicts: DraftConflict[] = [];
  for (const path of paths) {
    const empty = emptyValueOf(path);
    const original = baseFields.get(path) ?? empty;
    const my = myFields.get(path) ?? original;
    const their = theirFields.get(path) ?? original;
    if (my === their || my === original) merged.set(path, their);
    else if (their === original) merged.set(path, my);
    else {
      merged.set(path, their);
      conflicts.push({
        path,
        mine: my === 'NOT_ASKED' ? 'NOT_ASKED' : (my as string | number | null),
        theirs: their as string | number | null,
      });
    }
  }
  return { merged: draftOf(merged), conflicts };
}

/** "Keep both" for a text conflict: the two texts merged by sentence, so nobody's words disappear and none repeat. */
export function keepBothTexts(theirs: string, mine: string): string {
  return mergeTexts(theirs, mine);
}
