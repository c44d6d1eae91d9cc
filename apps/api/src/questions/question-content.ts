import {
  findProtectedCharacteristicPrompts,
  questionFingerprint,
  type Classification,
  type ProtectedCharacteristicFinding,
  type QuestionDraft,
  type Rubric,
} from '@panelist/question-bank';

/** The longest label a revision keeps (db: question_revisions.label); a longer heading from a file is shortened. */
export const LABEL_MAX_LENGTH = 200;

/** What one revision of a question says: the part a person edits or a file import supplies. */
export interface QuestionContent {
  /** A short title apart from the prompt; an imported draft may leave it out. */
  label?: string | null;
  prompt: string;
  code: string | null;
  category: string[];
  followUps: string[];
  rubric: Rubric;
  classification: Classification;
}

/**
 * The columns a revision is stored in, plus what `questions` derives from it: the JSON rows the
 * writing statements of questions.repository.ts read with json_to_recordset (keep the two in step).
 */
export interface QuestionRow {
  fingerprint: string;
  label: string | null;
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
  const asDraft: QuestionDraft = { ...content, label: content.label ?? undefined, fingerprint: '', sources: [] };
  return {
    fingerprint: content.fingerprint ?? questionFingerprint(content.prompt, content.code),
    label: storedLabel(content.label),
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

/** Blank is no label; a file's over-long heading is cut to fit rather than failing the whole import. */
function storedLabel(label: string | null | undefined): string | null {
  const text = label?.trim();
  if (!text) return null;
  const characters = [...text]; // code points, as PostgreSQL's char_length counts them
  return characters.length > LABEL_MAX_LENGTH
    ? `${characters
        .slice(0, LABEL_MAX_LENGTH - 1)
        .join('')
        .trimEnd()}…`
    : text;
}
