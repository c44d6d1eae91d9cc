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

/**
 * The columns a revision is stored in, plus what `questions` derives from it: the JSON rows the
 * writing statements of questions.repository.ts read with json_to_recordset (keep the two in step).
 */
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
