import { registerEnumType } from '@nestjs/graphql';
import type { Difficulty, QuestionType } from '@panelist/question-bank';

/** GraphQL enum names cannot hold hyphens, so each name maps to the stored value. */
export const QuestionTypeEnum = {
  BEHAVIOURAL: 'behavioural',
  SITUATIONAL: 'situational',
  TECHNICAL: 'technical',
  SYSTEM_DESIGN: 'system-design',
  CODING: 'coding',
  CAREER: 'career',
} as const satisfies Record<string, QuestionType>;

export const DifficultyEnum = { JUNIOR: 'junior', MID: 'mid', SENIOR: 'senior' } as const satisfies Record<string, Difficulty>;

export const QuestionStatusEnum = { ACTIVE: 'ACTIVE', ARCHIVED: 'ARCHIVED' } as const;
export type QuestionStatus = keyof typeof QuestionStatusEnum;

registerEnumType(QuestionTypeEnum, {
  name: 'QuestionType',
  valuesMap: {
    BEHAVIOURAL: { description: 'Tell me about a time you ...' },
    SITUATIONAL: { description: 'What would you do if ...' },
    TECHNICAL: { description: 'Technical knowledge' },
    SYSTEM_DESIGN: { description: 'Design a system' },
    CODING: { description: 'Coding or code review, often with a snippet' },
    CAREER: { description: 'Career and motivation' },
  },
});
registerEnumType(DifficultyEnum, { name: 'Difficulty' });
registerEnumType(QuestionStatusEnum, {
  name: 'QuestionStatus',
  valuesMap: { ARCHIVED: { description: 'Hidden from the bank and kit search; history kept.' } },
});
