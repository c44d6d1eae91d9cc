import { defaultRatingScale, kitProblems, summarizeKit, type KitPlan, type KitSummary, type RatingPoint } from '@panelist/kits';
import type { FieldProblem } from '@panelist/kits';
import type { KitFieldsFragment, KitInput, KitQuestionFieldsFragment, QuestionType } from '../../../generated/graphql';
import { competencyKey, competencyLabel } from '../../format';

/** What the builder shows of one question: enough to list it, plus what the server pinned. */
export interface DraftQuestion {
  questionId: string;
  plannedMinutes: number;
  prompt: string;
  type: QuestionType;
  hasRubric: boolean;
  /** The kit question's id once saved; takeNewerRevision needs it. */
  kitQuestionId: string | null;
  pinnedRevision: number | null;
  currentRevision: number | null;
  newerRevisionAvailable: boolean;
  archived: boolean;
}

export interface DraftSection {
  /** Stable across renames and moves, for React keys and drag and drop. */
  key: string;
  competency: string;
  title: string;
  questions: DraftQuestion[];
}

/** The kit as it is being edited: the whole of it is sent on every save. */
export interface KitDraft {
  roleName: string;
  title: string;
  interviewMinutes: number;
  notes: string;
  ratingScale: RatingPoint[];
  competencyWeights: Array<{ competency: string; weight: number }>;
  sections: DraftSection[];
}

/** Where a question sits: section index and position in it. */
export interface QuestionPlace {
  section: number;
  index: number;
}

export const DEFAULT_INTERVIEW_MINUTES = 45;

let sectionCounter = 0;
export function newSectionKey(): string {
  sectionCounter += 1;
  return `section-${Date.now().toString(36)}-${sectionCounter}`;
}

export function emptyDraft(): KitDraft {
  return {
    roleName: '',
    title: '',
    interviewMinutes: DEFAULT_INTERVIEW_MINUTES,
    notes: '',
    ratingScale: defaultRatingScale(),
    competencyWeights: [],
    sections: [],
  };
}

export function hasRubric(rubric: { lookFor: readonly string[]; redFlags: readonly string[] }): boolean {
  return rubric.lookFor.length > 0 || rubric.redFlags.length > 0;
}

function draftQuestion(question: KitQuestionFieldsFragment): DraftQuestion {
  return {
    questionId: question.questionId,
    plannedMinutes: question.plannedMinutes,
    prompt: question.revision.prompt,
    type: question.revision.type,
    hasRubric: hasRubric(question.revision.rubric),
    kitQuestionId: question.id,
    pinnedRevision: question.revision.revision,
    currentRevision: question.currentRevision,
    newerRevisionAvailable: question.newerRevisionAvailable,
    archived: question.archived,
  };
}

export function draftFromKit(kit: KitFieldsFragment): KitDraft {
  return {
    roleName: kit.roleName,
    title: kit.title,
    interviewMinutes: kit.interviewMinutes,
    notes: kit.notes,
    ratingScale: kit.ratingScale.map(({ value, label, anchor }) => ({ value, label, anchor })),
    competencyWeights: kit.competencyWeights.map(({ competency, weight }) => ({ competency: competencyKey(competency), weight })),
    // Shown by name; saved under its key again (toKitInput).
    sections: kit.sections.map((section) => ({
      key: section.id,
      competency: competencyLabel(section.competency),
      title: section.title,
      questions: section.questions.map(draftQuestion),
    })),
  };
}

/** After a save: take the server's ids and revision facts, keep the local order and minutes. */
export function mergeServerFacts(draft: KitDraft, kit: KitFieldsFragment): KitDraft {
  const saved = new Map<string, KitQuestionFieldsFragment>();
  kit.sections.forEach((section) => section.questions.forEach((question) => saved.set(question.questionId, question)));
  return {
    ...draft,
    sections: draft.sections.map((section) => ({
      ...section,
      questions: section.questions.map((question) => {
        const server = saved.get(question.questionId);
        return server ? { ...draftQuestion(server), plannedMinutes: question.plannedMinutes } : question;
      }),
    })),
  };
}

export function toKitInput(draft: KitDraft): KitInput {
  return {
    roleName: draft.roleName.trim(),
    title: draft.title.trim(),
    interviewMinutes: draft.interviewMinutes,
    notes: draft.notes,
    ratingScale: draft.ratingScale.map(({ value, label, anchor }) => ({ value, label, anchor })),
    competencyWeights: weightsByKey(draft),
    sections: draft.sections.map((section) => ({
      competency: competencyKey(section.competency),
      title: section.title.trim(),
      questions: section.questions.map(({ questionId, plannedMinutes }) => ({ questionId, plannedMinutes })),
    })),
  };
}

/** The weights under their competencies' keys, one per competency (the last one typed wins). */
function weightsByKey(draft: KitDraft): KitDraft['competencyWeights'] {
  const weights = new Map(draft.competencyWeights.map(({ competency, weight }) => [competencyKey(competency), weight]));
  return [...weights].map(([competency, weight]) => ({ competency, weight }));
}

export function toPlan(draft: KitDraft): KitPlan {
  return {
    interviewMinutes: draft.interviewMinutes,
    ratingScale: draft.ratingScale,
    competencyWeights: weightsByKey(draft),
    sections: draft.sections.map((section) => ({
      competency: competencyKey(section.competency) || `section ${draft.sections.indexOf(section) + 1}`,
      questions: section.questions.map(({ questionId, plannedMinutes, hasRubric: rubric }) => ({
        questionId,
        plannedMinutes,
        hasRubric: rubric,
      })),
    })),
  };
}

export function summarizeDraft(draft: KitDraft): KitSummary {
  return summarizeKit(toPlan(draft));
}

/** Everything that stops a save, with the same field paths the API uses. */
export function draftProblems(draft: KitDraft): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!draft.roleName.trim()) problems.push({ field: 'roleName', message: 'Name the role this kit is for.' });
  if (!draft.title.trim()) problems.push({ field: 'title', message: 'Give the kit a title, e.g. the round it is for.' });
  const plan = toPlan(draft);
  // The competency check needs the real (possibly empty) names.
  plan.sections.forEach((section, index) => {
    section.competency = competencyKey(draft.sections[index]?.competency ?? '');
  });
  return [...problems, ...kitProblems(plan)];
}

/** A section's title, else its competency by name ("API design", not the slug "api-design"). */
export function sectionName(section: Pick<DraftSection, 'title' | 'competency'>, index: number): string {
  return section.title.trim() || competencyLabel(section.competency.trim()) || `Section ${index + 1}`;
}

export function findQuestion(draft: KitDraft, questionId: string): QuestionPlace | null {
  for (let section = 0; section < draft.sections.length; section += 1) {
    const index = draft.sections[section].questions.findIndex((question) => question.questionId === questionId);
    if (index >= 0) return { section, index };
  }
  return null;
}

export function isInKit(draft: KitDraft, questionId: string): boolean {
  return findQuestion(draft, questionId) !== null;
}

/** Minutes a question starts with, by type: designs and coding take longer. */
export function defaultMinutes(type: QuestionType): number {
  return type === 'SYSTEM_DESIGN' || type === 'CODING' ? 20 : 10;
}

export function addSection(draft: KitDraft, competency = '', key = newSectionKey()): KitDraft {
  return { ...draft, sections: [...draft.sections, { key, competency, title: '', questions: [] }] };
}

export function updateSection(draft: KitDraft, index: number, change: Partial<Pick<DraftSection, 'competency' | 'title'>>): KitDraft {
  return { ...draft, sections: draft.sections.map((section, i) => (i === index ? { ...section, ...change } : section)) };
}

export function removeSection(draft: KitDraft, index: number): KitDraft {
  return { ...draft, sections: draft.sections.filter((_, i) => i !== index) };
}

export function moveSection(draft: KitDraft, index: number, step: 1 | -1): KitDraft {
  const target = index + step;
  if (target < 0 || target >= draft.sections.length) return draft;
  const sections = [...draft.sections];
  const [moved] = sections.splice(index, 1);
  sections.splice(target, 0, moved);
  return { ...draft, sections };
}

/** Adds a question to a section; a question already in the kit is never added twice. */
/** Moves a section from one place to another (a drag and drop); the others keep their order. */
export function moveSectionTo(draft: KitDraft, from: number, to: number): KitDraft {
  if (from === to || from < 0 || to < 0 || from >= draft.sections.length || to >= draft.sections.length) return draft;
  const sections = [...draft.sections];
  const [moved] = sections.splice(from, 1);
  sections.splice(to, 0, moved);
  return { ...draft, sections };
}

export function addQuestion(draft: KitDraft, sectionIndex: number, question: DraftQuestion): KitDraft {
  if (isInKit(draft, question.questionId) || !draft.sections[sectionIndex]) return draft;
  return {
    ...draft,
    sections: draft.sections.map((section, i) =>
      i === sectionIndex ? { ...section, questions: [...section.questions, question] } : section,
    ),
  };
}

export function removeQuestion(draft: KitDraft, questionId: string): KitDraft {
  return {
    ...draft,
    sections: draft.sections.map((section) => ({ ...section, questions: section.questions.filter((q) => q.questionId !== questionId) })),
  };
}

export function setMinutes(draft: KitDraft, questionId: string, plannedMinutes: number): KitDraft {
  return {
    ...draft,
    sections: draft.sections.map((section) => ({
      ...section,
      questions: section.questions.map((q) => (q.questionId === questionId ? { ...q, plannedMinutes } : q)),
    })),
  };
}

/** Moves a question to a place (the index is in the target section after taking it out). */
export function moveQuestionTo(draft: KitDraft, questionId: string, to: QuestionPlace): KitDraft {
  const from = findQuestion(draft, questionId);
  if (!from || !draft.sections[to.section]) return draft;
  const question = draft.sections[from.section].questions[from.index];
  const sections = draft.sections.map((section) => ({ ...section, questions: [...section.questions] }));
  sections[from.section].questions.splice(from.index, 1);
  const target = sections[to.section].questions;
  target.splice(Math.max(0, Math.min(to.index, target.length)), 0, question);
  return { ...draft, sections };
}

/**
 * One step up or down, as Alt+↑/↓ and the Move buttons do: within the section, and past its edge
 * into the end of the previous section or the start of the next one.
 */
export function moveQuestionStep(draft: KitDraft, questionId: string, step: 1 | -1): KitDraft {
  const from = findQuestion(draft, questionId);
  if (!from) return draft;
  const count = draft.sections[from.section].questions.length;
  const index = from.index + step;
  if (index >= 0 && index < count) return moveQuestionTo(draft, questionId, { section: from.section, index });
  const section = from.section + step;
  if (section < 0 || section >= draft.sections.length) return draft;
  return moveQuestionTo(draft, questionId, { section, index: step === 1 ? 0 : draft.sections[section].questions.length });
}

export function canMove(draft: KitDraft, questionId: string, step: 1 | -1): boolean {
  return moveQuestionStep(draft, questionId, step) !== draft;
}

export function setScalePoints(draft: KitDraft, points: number): KitDraft {
  return { ...draft, ratingScale: defaultRatingScale(points) };
}

export function updateScalePoint(draft: KitDraft, index: number, change: Partial<Pick<RatingPoint, 'label' | 'anchor'>>): KitDraft {
  return { ...draft, ratingScale: draft.ratingScale.map((point, i) => (i === index ? { ...point, ...change } : point)) };
}

/** A weight of null removes the competency's weight. */
export function setWeight(draft: KitDraft, competency: string, weight: number | null): KitDraft {
  const key = competencyKey(competency);
  const others = draft.competencyWeights.filter((w) => competencyKey(w.competency) !== key);
  if (weight === null) return { ...draft, competencyWeights: others };
  const existing = draft.competencyWeights.findIndex((w) => competencyKey(w.competency) === key);
  if (existing < 0) return { ...draft, competencyWeights: [...others, { competency: key, weight }] };
  return {
    ...draft,
    competencyWeights: draft.competencyWeights.map((w) => (competencyKey(w.competency) === key ? { competency: key, weight } : w)),
  };
}
