import {
  findProtectedCharacteristicPrompts,
  questionFingerprint,
  type Classification,
  type ProtectedCharacteristicFinding,
  type QuestionDraft,
  type Rubric,
} from '@panelist/question-bank';

/** What one revision of a question says: the part a person edits or a file import supplies. */
export interface QuestionContent {
  prompt: string;
  code: string | null;
  category: string[];
  followUps: string[];
  rubric: Rubric;
  classification: Classification;
}

/** The columns a revision is stored in, plus what `questions` derives from it. */
export interface QuestionRow {
  fingerprint: string;
  prompt: string;
  code: string | null;
  category: string[];
  follow_ups: string[];
  reference_answer: string | null;
  look_for: string[];
  red_flags: string[];
  what_to_expect: string | null;
  interviewer_guidance: string | null;
  sample_answer: string | null;
  type: string;
  difficulty: string;
  competencies: string[];
  tags: string[];
  classification: Classification;
  protected_findings: ProtectedCharacteristicFinding[];
}

/** `fingerprint` is reused when the content is an imported draft that already has one. */
export function toQuestionRow(content: QuestionContent & { fingerprint?: string }): QuestionRow {
  const { rubric, classification } = content;
  const asDraft: QuestionDraft = { ...content, fingerprint: '', sources: [] };
  return {
    fingerprint: content.fingerprint ?? questionFingerprint(content.prompt, content.code),
    prompt: content.prompt,
    code: content.code,
    category: content.category,
    follow_ups: content.followUps,
    reference_answer: rubric.referenceAnswer,
    look_for: rubric.lookFor,
    red_flags: rubric.redFlags,
    what_to_expect: rubric.whatToExpect,
    interviewer_guidance: rubric.interviewerGuidance,
    sample_answer: rubric.sampleAnswer,
    type: classification.type.value,
    difficulty: classification.difficulty.value,
    competencies: classification.competencies.map((c) => c.value),
    tags: classification.tags.map((t) => t.value),
    classification,
    protected_findings: findProtectedCharacteristicPrompts(asDraft),
  };
}

/** The recordset columns of a QuestionRow, for jsonb_to_recordset. */
export const QUESTION_ROW_COLUMNS = `fingerprint text, prompt text, code text, category text[], follow_ups text[],
  reference_answer text, look_for text[], red_flags text[], what_to_expect text, interviewer_guidance text,
  sample_answer text, type question_type, difficulty question_difficulty, competencies text[], tags text[],
  classification jsonb, protected_findings jsonb`;

/** The columns `questions` keeps from the current revision, as expressions over a recordset alias. */
export const QUESTION_SUMMARY_SQL = (r: string) => `
  ${r}.prompt, ${r}.type, ${r}.difficulty, ${r}.competencies, ${r}.tags, ${r}.category,
  cardinality(${r}.look_for) > 0, cardinality(${r}.red_flags) > 0, ${r}.protected_findings,
  question_search_document(${r}.prompt, ${r}.tags, ${r}.competencies, ${r}.look_for, ${r}.red_flags)`;

export const QUESTION_SUMMARY_COLUMNS = `prompt, type, difficulty, competencies, tags, category, has_look_for, has_red_flags,
  protected_findings, search_document`;

export const REVISION_COLUMNS = `prompt, code, category, follow_ups, reference_answer, look_for, red_flags, what_to_expect,
  interviewer_guidance, sample_answer, type, difficulty, competencies, tags, classification`;

/** REVISION_COLUMNS read from a recordset alias, in the same order. */
export const REVISION_VALUES_SQL = (r: string) =>
  REVISION_COLUMNS.split(',')
    .map((column) => `${r}.${column.trim()}`)
    .join(', ');
