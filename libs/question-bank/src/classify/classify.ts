import { DIFFICULTIES, QUESTION_TYPES, type Classification, type Classified, type Difficulty, type QuestionType } from '../model';
import type { GivenClassification } from '../formats/raw-question';
import { classifyCompetencies } from './competencies';
import { classifyDifficulty } from './difficulty';
import { classifyQuestionType } from './question-type';
import { classifyTags } from './tags';

export interface ClassificationInput {
  prompt: string;
  code: string | null;
  /** Reference and sample answers, used only when the prompt names no competency. */
  answer: string;
}

/** Rules for everything the file does not state; values the file states win, with that reason. */
export function classifyQuestion(input: ClassificationInput, given: GivenClassification | null = null): Classification {
  if (given?.classification) return given.classification;
  const origin = given?.origin ?? 'file';
  const type = givenType(given?.type, origin) ?? classifyQuestionType(input.prompt, input.code);
  return {
    type,
    competencies: givenList(given?.competencies, origin) ?? classifyCompetencies(input.prompt, input.answer, type.value),
    tags: givenList(given?.tags, origin) ?? classifyTags(input.prompt, input.code),
    difficulty: givenDifficulty(given?.difficulty, origin) ?? classifyDifficulty(input.prompt, type.value),
  };
}

const TYPE_ALIASES: Record<string, QuestionType> = {
  behavioral: 'behavioural',
  behaviour: 'behavioural',
  behavior: 'behavioural',
  scenario: 'situational',
  hypothetical: 'situational',
  technical: 'technical',
  'technical-knowledge': 'technical',
  knowledge: 'technical',
  design: 'system-design',
  'system-design': 'system-design',
  code: 'coding',
  'code-review': 'coding',
  'coding-code-review': 'coding',
  programming: 'coding',
  motivation: 'career',
  'career-motivation': 'career',
};

/** Reads a type written by a person ("Behavioral", "system design", "code review"). */
export function parseQuestionType(text: string): QuestionType | undefined {
  const key = text
    .trim()
    .toLowerCase()
    .replace(/[\s_/]+/g, '-')
    .replace(/-+/g, '-');
  if ((QUESTION_TYPES as readonly string[]).includes(key)) return key as QuestionType;
  return TYPE_ALIASES[key];
}

const DIFFICULTY_ALIASES: Record<string, Difficulty> = {
  easy: 'junior',
  entry: 'junior',
  beginner: 'junior',
  medium: 'mid',
  intermediate: 'mid',
  middle: 'mid',
  hard: 'senior',
  advanced: 'senior',
  expert: 'senior',
};

export function parseDifficulty(text: string): Difficulty | undefined {
  const key = text.trim().toLowerCase();
  if ((DIFFICULTIES as readonly string[]).includes(key)) return key as Difficulty;
  return DIFFICULTY_ALIASES[key];
}

function givenType(value: string | undefined, origin: string): Classified<QuestionType> | undefined {
  const type = value ? parseQuestionType(value) : undefined;
  return type ? { value: type, reason: `given in the ${origin}` } : undefined;
}

function givenDifficulty(value: string | undefined, origin: string): Classified<Difficulty> | undefined {
  const difficulty = value ? parseDifficulty(value) : undefined;
  return difficulty ? { value: difficulty, reason: `given in the ${origin}` } : undefined;
}

function givenList(values: string[] | undefined, origin: string): Classified<string>[] | undefined {
  const cleaned = values?.map((value) => value.trim()).filter(Boolean);
  if (!cleaned || cleaned.length === 0) return undefined;
  return [...new Set(cleaned)].map((value) => ({ value, reason: `given in the ${origin}` }));
}
