import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { Difficulty, QuestionType } from '@panelist/question-bank';
import { DifficultyEnum, QuestionTypeEnum } from '../../questions/question.enums';
import type { ImportOutcome } from '@panelist/question-bank';

export const ImportOutcomeEnum = {
  NEW: 'NEW',
  MERGED: 'MERGED',
  UNCHANGED: 'UNCHANGED',
  POSSIBLE_DUPLICATE: 'POSSIBLE_DUPLICATE',
} as const;
registerEnumType(ImportOutcomeEnum, {
  name: 'ImportOutcome',
  valuesMap: {
    NEW: { description: 'Becomes a new question.' },
    MERGED: { description: 'Same as a question already in the bank; adds its file item to that question.' },
    UNCHANGED: { description: 'Already imported from this file; nothing changes.' },
    POSSIBLE_DUPLICATE: { description: 'Similar to another question: a person decides to keep both or merge.' },
  },
});

export const BankImportStatusEnum = { PREVIEW: 'PREVIEW', COMMITTED: 'COMMITTED', DISCARDED: 'DISCARDED' } as const;
export type BankImportStatus = keyof typeof BankImportStatusEnum;
registerEnumType(BankImportStatusEnum, { name: 'BankImportStatus' });

export const BankFormatEnum = { SEED_PAGE: 'seed-page', MARKDOWN: 'markdown', CSV: 'csv', JSON: 'json' } as const;
registerEnumType(BankFormatEnum, {
  name: 'BankFormat',
  valuesMap: {
    SEED_PAGE: { description: 'A scraped page of numbered questions, each with "Reference answer".' },
    MARKDOWN: { description: 'Headings are categories, bullets are questions, nested bullets follow-ups.' },
    CSV: { description: 'A header row with at least a "prompt" column.' },
    JSON: { description: "Panelist's own export." },
  },
});

@ObjectType('SourceRef')
export class SourceRefDto {
  @Field() file!: string;
  @Field(() => Int, { nullable: true }) item!: number | null;
  @Field(() => Int, { nullable: true }) line!: number | null;
}

@ObjectType('SimilarQuestion')
export class SimilarQuestionDto {
  @Field(() => ID, { nullable: true, description: 'An existing bank question...' }) questionId!: string | null;
  @Field(() => Int, { nullable: true, description: '...or an earlier draft of this file.' }) draftIndex!: number | null;
  @Field() prompt!: string;
  @Field({ description: 'Similarity of the prompts, 0 to 1.' }) score!: number;
}

@ObjectType('ImportPlanItem')
export class ImportPlanItemDto {
  @Field(() => Int) index!: number;
  @Field() prompt!: string;
  @Field(() => ImportOutcomeEnum) outcome!: ImportOutcome;
  @Field() reason!: string;
  @Field(() => ID, { nullable: true }) existingQuestionId!: string | null;
  @Field(() => [SimilarQuestionDto]) similar!: SimilarQuestionDto[];
  @Field(() => [SourceRefDto]) sources!: SourceRefDto[];
  @Field(() => QuestionTypeEnum) type!: QuestionType;
  @Field(() => DifficultyEnum) difficulty!: Difficulty;
  @Field(() => [String]) tags!: string[];
  @Field(() => Int, { description: 'How many Look-for and Red-flag points the rubric has.' }) rubricPoints!: number;
}

@ObjectType('SkippedImportItem')
export class SkippedImportItemDto {
  @Field(() => SourceRefDto) source!: SourceRefDto;
  @Field() reason!: string;
  @Field() excerpt!: string;
}

@ObjectType('ImportSummary')
export class ImportSummaryDto {
  @Field(() => Int, { description: 'Questions found in the file.' }) items!: number;
  @Field(() => Int) new!: number;
  @Field(() => Int, { description: 'Exact duplicates folded together or into bank questions.' }) merged!: number;
  @Field(() => Int) unchanged!: number;
  @Field(() => Int) possibleDuplicates!: number;
  @Field(() => Int) skipped!: number;
}

@ObjectType('ImportResult', { description: 'What the commit changed.' })
export class ImportResultDto {
  @Field(() => Int) created!: number;
  @Field(() => Int, { description: 'Drafts folded into existing questions (exact or by decision).' }) merged!: number;
  @Field(() => Int) sourcesAdded!: number;
  @Field(() => Int) unchanged!: number;
}

@ObjectType('BankImport')
export class BankImportDto {
  @Field(() => ID) id!: string;
  @Field() fileName!: string;
  @Field(() => BankFormatEnum) format!: string;
  @Field(() => BankImportStatusEnum) status!: BankImportStatus;
  @Field({ description: 'The same file was committed before.' }) alreadyImported!: boolean;
  @Field(() => ImportSummaryDto) summary!: ImportSummaryDto;
  @Field(() => [ImportPlanItemDto]) items!: ImportPlanItemDto[];
  @Field(() => [SkippedImportItemDto]) skipped!: SkippedImportItemDto[];
  @Field(() => ImportResultDto, { nullable: true }) result!: ImportResultDto | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) committedAt!: Date | null;
}
