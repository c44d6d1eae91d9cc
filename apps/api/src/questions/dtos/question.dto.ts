import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Difficulty, QuestionType } from '@panelist/question-bank';
import { DifficultyEnum, QuestionStatusEnum, QuestionTypeEnum, type QuestionStatus } from '../question.enums';

@ObjectType('ProtectedCharacteristicFinding', {
  description: 'Text that may invite a candidate to disclose a protected characteristic.',
})
export class ProtectedFindingDto {
  @Field({ description: 'age, family, religion, health, nationality, ...' }) category!: string;
  @Field({ description: 'Where it was found: prompt, referenceAnswer, ...' }) field!: string;
  @Field({ description: 'The words that matched, as written.' }) match!: string;
}

@ObjectType('QuestionSource', { description: 'A file item this question was imported from.' })
export class QuestionSourceDto {
  @Field() file!: string;
  @Field(() => Int, { nullable: true }) item!: number | null;
  @Field(() => Int, { nullable: true }) line!: number | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}

@ObjectType('Question', { description: 'A bank question; its fields are those of its current revision.' })
export class QuestionDto {
  @Field(() => ID) id!: string;
  @Field(() => QuestionStatusEnum) status!: QuestionStatus;
  @Field(() => Int, { description: 'Send it back with an edit; a stale version is a CONFLICT.' }) version!: number;
  @Field(() => Int) currentRevision!: number;
  @Field(() => String, { nullable: true, description: "The current revision's short title; null when there is none." })
  label!: string | null;
  @Field() prompt!: string;
  @Field(() => QuestionTypeEnum) type!: QuestionType;
  @Field(() => DifficultyEnum) difficulty!: Difficulty;
  @Field(() => [String]) competencies!: string[];
  @Field(() => [String]) tags!: string[];
  @Field(() => [String]) category!: string[];
  @Field() hasLookFor!: boolean;
  @Field() hasRedFlags!: boolean;
  @Field(() => [ProtectedFindingDto]) protectedFindings!: ProtectedFindingDto[];
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
}
