import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Difficulty, QuestionType } from '@panelist/question-bank';
import { DifficultyEnum, QuestionTypeEnum } from '../question.enums';

@ObjectType('Rubric', { description: 'Guidance for the interviewer, one kind per field.' })
export class RubricDto {
  @Field(() => String, { nullable: true, description: 'A model answer.' }) referenceAnswer!: string | null;
  @Field(() => [String], { description: 'Points a strong answer covers.' }) lookFor!: string[];
  @Field(() => [String], { description: 'Warning signs in an answer.' }) redFlags!: string[];
  @Field(() => String, { nullable: true }) whatToExpect!: string | null;
  @Field(() => String, { nullable: true }) interviewerGuidance!: string | null;
  @Field(() => String, { nullable: true }) sampleAnswer!: string | null;
}

@ObjectType('ClassifiedValue', { description: 'A value set by a rule or a person, with the reason.' })
export class ClassifiedValueDto {
  @Field() value!: string;
  @Field() reason!: string;
}

@ObjectType('QuestionClassification')
export class QuestionClassificationDto {
  @Field(() => ClassifiedValueDto) type!: ClassifiedValueDto;
  @Field(() => [ClassifiedValueDto]) competencies!: ClassifiedValueDto[];
  @Field(() => [ClassifiedValueDto]) tags!: ClassifiedValueDto[];
  @Field(() => ClassifiedValueDto) difficulty!: ClassifiedValueDto;
}

@ObjectType('QuestionRevision', { description: 'One immutable version of a question: what was actually asked.' })
export class QuestionRevisionDto {
  @Field(() => ID) id!: string;
  @Field(() => ID) questionId!: string;
  @Field(() => Int) revision!: number;
  @Field(() => String, { nullable: true, description: 'A short title shown above the prompt; null when there is none.' })
  label!: string | null;
  @Field() prompt!: string;
  @Field(() => String, { nullable: true, description: 'Code that belongs to the prompt.' }) code!: string | null;
  @Field(() => [String], { description: 'Heading path in the source bank, outermost first.' }) category!: string[];
  @Field(() => [String]) followUps!: string[];
  @Field(() => RubricDto) rubric!: RubricDto;
  @Field(() => QuestionTypeEnum) type!: QuestionType;
  @Field(() => DifficultyEnum) difficulty!: Difficulty;
  @Field(() => [String]) competencies!: string[];
  @Field(() => [String]) tags!: string[];
  @Field(() => QuestionClassificationDto) classification!: QuestionClassificationDto;
  @Field(() => String, { nullable: true }) changeNote!: string | null;
  @Field(() => String, { nullable: true }) createdByName!: string | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}
