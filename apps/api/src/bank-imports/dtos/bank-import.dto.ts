import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { Difficulty, MarkdownInterpretation, QuestionShape, QuestionType } from '@panelist/question-bank';
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

export const MarkdownInterpretationEnum = { AUTO: 'auto', HEADINGS: 'headings', LIST_ITEMS: 'list-items' } as const;
registerEnumType(MarkdownInterpretationEnum, {
  name: 'MarkdownInterpretation',
  description: 'How to read a Markdown bank.',
  valuesMap: {
    AUTO: { description: 'By the shapes the file uses (the default).' },
    HEADINGS: { description: 'Each heading without sub-headings is a question; what follows it is the answer.' },
    LIST_ITEMS: { description: 'Each list item is a question; headings are categories.' },
  },
});

export const QuestionShapeEnum = {
  LIST_ITEM: 'list-item',
  HEADING: 'heading',
  NUMBERED_HEADING: 'numbered-heading',
  TITLED_HEADING: 'titled-heading',
  Q_AND_A: 'q-and-a',
  BOLD_LABEL: 'bold-label',
  TABLE: 'table',
  DETAILS: 'details',
  MULTIPLE_CHOICE: 'multiple-choice',
} as const;
registerEnumType(QuestionShapeEnum, {
  name: 'QuestionShape',
  description: 'A way a Markdown bank lays out its questions.',
  valuesMap: {
    LIST_ITEM: { description: 'A list item is the question.' },
    HEADING: { description: 'A heading is the question.' },
    NUMBERED_HEADING: { description: 'A numbered heading (or numbered item holding a heading) is the question.' },
    TITLED_HEADING: { description: 'A heading titles the question its following paragraph asks.' },
    Q_AND_A: { description: '"Q:" / "A:" or "Question:" / "Answer:" pairs.' },
    BOLD_LABEL: { description: 'A bold label names the question.' },
    TABLE: { description: 'A table with a question column.' },
    DETAILS: { description: 'The answer is inside <details>.' },
    MULTIPLE_CHOICE: { description: 'Code, answer options and the answer.' },
  },
});

@ObjectType('DetectedShape')
export class DetectedShapeDto {
  @Field(() => QuestionShapeEnum) shape!: QuestionShape;
  @Field(() => Int) questions!: number;
  @Field(() => Int, { description: 'Line of its first question.' }) firstLine!: number;
}

@ObjectType('BlocksSeen', { description: 'Blocks read outside skipped navigation.' })
export class BlocksSeenDto {
  @Field(() => Int) headings!: number;
  @Field(() => Int) listItems!: number;
  @Field(() => Int) paragraphs!: number;
  @Field(() => Int) tableRows!: number;
}

@ObjectType('BankShapeReport', { description: 'What the reader saw in a Markdown file and how it read it.' })
export class BankShapeReportDto {
  @Field(() => QuestionShapeEnum, { nullable: true, description: 'The shape most questions came in.' })
  detectedShape!: QuestionShape | null;
  @Field(() => [DetectedShapeDto], { description: 'Every shape found, most questions first.' }) shapes!: DetectedShapeDto[];
  @Field(() => BlocksSeenDto) seen!: BlocksSeenDto;
  @Field(() => Int, { description: 'The most blocks of one kind that could each have been a question.' }) candidateBlocks!: number;
  @Field(() => Int) questions!: number;
  @Field({ description: 'Far fewer questions than candidate blocks: the interpretation may be wrong.' }) lowYield!: boolean;
  @Field(() => MarkdownInterpretationEnum) interpretation!: MarkdownInterpretation;
}

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
  @Field(() => BankShapeReportDto, { nullable: true, description: 'Markdown files: the shapes detected and the counts behind them.' })
  report!: BankShapeReportDto | null;
  @Field(() => ImportResultDto, { nullable: true }) result!: ImportResultDto | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) committedAt!: Date | null;
}
