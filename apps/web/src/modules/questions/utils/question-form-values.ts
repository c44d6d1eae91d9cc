import type { Difficulty, QuestionContentInput, QuestionRevisionFieldsFragment, QuestionType } from '../../../generated/graphql';

/** What the question form holds while someone types. */
export interface QuestionFormValues {
  /** A short title above the prompt; '' = none. */
  label: string;
  prompt: string;
  code: string;
  followUps: string[];
  referenceAnswer: string;
  lookFor: string[];
  redFlags: string[];
  whatToExpect: string;
  interviewerGuidance: string;
  sampleAnswer: string;
  /** '' = let the classification rules choose. */
  type: QuestionType | '';
  difficulty: Difficulty | '';
  /** Comma-separated; '' = let the rules choose. */
  competencies: string;
  tags: string;
  /** Heading path, "Databases / PostgreSQL". */
  category: string;
  changeNote: string;
}

export const EMPTY_QUESTION: QuestionFormValues = {
  label: '',
  prompt: '',
  code: '',
  followUps: [],
  referenceAnswer: '',
  lookFor: [],
  redFlags: [],
  whatToExpect: '',
  interviewerGuidance: '',
  sampleAnswer: '',
  type: '',
  difficulty: '',
  competencies: '',
  tags: '',
  category: '',
  changeNote: '',
};

/** A value a person or a file stated (the rules' reason then reads "given in the ..."). */
export function isGiven(reason: string): boolean {
  return reason.startsWith('given in');
}

/** The form for editing a revision: values the rules chose stay empty, so the rules keep choosing. */
export function valuesFromRevision(revision: QuestionRevisionFieldsFragment): QuestionFormValues {
  const { rubric, classification } = revision;
  const givenList = (list: ReadonlyArray<{ value: string; reason: string }>, values: readonly string[]) =>
    list.length > 0 && list.every((item) => isGiven(item.reason)) ? values.join(', ') : '';
  return {
    label: revision.label ?? '',
    prompt: revision.prompt,
    code: revision.code ?? '',
    followUps: [...revision.followUps],
    referenceAnswer: rubric.referenceAnswer ?? '',
    lookFor: [...rubric.lookFor],
    redFlags: [...rubric.redFlags],
    whatToExpect: rubric.whatToExpect ?? '',
    interviewerGuidance: rubric.interviewerGuidance ?? '',
    sampleAnswer: rubric.sampleAnswer ?? '',
    type: isGiven(classification.type.reason) ? revision.type : '',
    difficulty: isGiven(classification.difficulty.reason) ? revision.difficulty : '',
    competencies: givenList(classification.competencies, revision.competencies),
    tags: givenList(classification.tags, revision.tags),
    category: revision.category.join(' / '),
    changeNote: '',
  };
}

const split = (text: string, separator: RegExp) =>
  text
    .split(separator)
    .map((part) => part.trim())
    .filter(Boolean);

const orNull = (text: string) => (text.trim() ? text : null);

export function toContentInput(values: QuestionFormValues): QuestionContentInput {
  return {
    label: values.label.trim() || null,
    prompt: values.prompt.trim(),
    code: orNull(values.code),
    followUps: values.followUps.map((v) => v.trim()).filter(Boolean),
    referenceAnswer: orNull(values.referenceAnswer),
    lookFor: values.lookFor.map((v) => v.trim()).filter(Boolean),
    redFlags: values.redFlags.map((v) => v.trim()).filter(Boolean),
    whatToExpect: orNull(values.whatToExpect),
    interviewerGuidance: orNull(values.interviewerGuidance),
    sampleAnswer: orNull(values.sampleAnswer),
    type: values.type || null,
    difficulty: values.difficulty || null,
    competencies: values.competencies.trim() ? split(values.competencies, /,/) : null,
    tags: values.tags.trim() ? split(values.tags, /,/) : null,
    category: split(values.category, /\s*[/›>]\s*/),
  };
}
