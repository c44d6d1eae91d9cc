import type { Difficulty, QuestionType } from '@panelist/question-bank';
import type { QuestionDto } from './dtos/question.dto';
import type { QuestionStatus } from './question.enums';

/** The `questions` columns every read selects, aliased to the DTO's names. */
export const QUESTION_SELECT = (q: string) => `
  ${q}.id, ${q}.status, ${q}.version, ${q}.current_revision AS "currentRevision", ${q}.prompt, ${q}.type,
  ${q}.difficulty, ${q}.competencies, ${q}.tags, ${q}.category, ${q}.has_look_for AS "hasLookFor",
  ${q}.has_red_flags AS "hasRedFlags", ${q}.protected_findings AS "protectedFindings",
  ${q}.created_at AS "createdAt", ${q}.updated_at AS "updatedAt"`;

export interface QuestionRecord {
  id: string;
  status: QuestionStatus;
  version: number;
  currentRevision: number;
  prompt: string;
  type: QuestionType;
  difficulty: Difficulty;
  competencies: string[];
  tags: string[];
  category: string[];
  hasLookFor: boolean;
  hasRedFlags: boolean;
  protectedFindings: QuestionDto['protectedFindings'];
  createdAt: Date;
  updatedAt: Date;
}
