import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, MaxLength, Min, ValidateNested } from 'class-validator';
import type { Difficulty, QuestionType } from '@panelist/question-bank';
import { LABEL_MAX_LENGTH } from '../question-content';
import { DifficultyEnum, QuestionTypeEnum } from '../question.enums';

const LONG_TEXT = 20_000;

@InputType()
export class QuestionContentInput {
  @Field(() => String, { nullable: true, description: 'A short title shown above the prompt; blank or left out: none.' })
  @IsOptional()
  @IsString()
  @MaxLength(LABEL_MAX_LENGTH, { message: `Label must be at most ${LABEL_MAX_LENGTH} characters.` })
  label?: string | null;

  @Field()
  @IsString()
  @Length(3, 4000, { message: 'Prompt must be 3 to 4000 characters.' })
  prompt!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LONG_TEXT, { message: `Code must be at most ${LONG_TEXT} characters.` })
  code?: string | null;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(20, { message: 'At most 20 follow-up questions.' })
  @IsString({ each: true })
  @Length(1, 1000, { each: true, message: 'Each follow-up must be 1 to 1000 characters.' })
  followUps!: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LONG_TEXT, { message: `Reference answer must be at most ${LONG_TEXT} characters.` })
  referenceAnswer?: string | null;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(30, { message: 'At most 30 Look-for points.' })
  @IsString({ each: true })
  @Length(1, 1000, { each: true, message: 'Each Look-for point must be 1 to 1000 characters.' })
  lookFor!: string[];

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(30, { message: 'At most 30 Red-flag points.' })
  @IsString({ each: true })
  @Length(1, 1000, { each: true, message: 'Each Red-flag point must be 1 to 1000 characters.' })
  redFlags!: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LONG_TEXT)
  whatToExpect?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LONG_TEXT)
  interviewerGuidance?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LONG_TEXT)
  sampleAnswer?: string | null;

  @Field(() => QuestionTypeEnum, { nullable: true, description: 'Left out: chosen by the classification rules.' })
  @IsOptional()
  @IsIn(Object.values(QuestionTypeEnum), { message: 'Type is not a known question type.' })
  type?: QuestionType | null;

  @Field(() => DifficultyEnum, { nullable: true, description: 'Left out: chosen by the classification rules.' })
  @IsOptional()
  @IsIn(Object.values(DifficultyEnum), { message: 'Difficulty must be junior, mid or senior.' })
  difficulty?: Difficulty | null;

  @Field(() => [String], { nullable: true, description: 'Left out: chosen by the classification rules.' })
  @IsOptional()
  @ArrayMaxSize(10, { message: 'At most 10 competencies.' })
  @IsString({ each: true })
  @Length(1, 60, { each: true, message: 'Each competency must be 1 to 60 characters.' })
  competencies?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Left out: chosen by the classification rules.' })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'At most 20 tags.' })
  @IsString({ each: true })
  @Length(1, 60, { each: true, message: 'Each tag must be 1 to 60 characters.' })
  tags?: string[] | null;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(5)
  @IsString({ each: true })
  @Length(1, 120, { each: true, message: 'Each category must be 1 to 120 characters.' })
  category!: string[];
}

@InputType()
export class UpdateQuestionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a valid id.' })
  id!: string;

  @Field(() => Int, { description: 'The version the edit started from.' })
  @IsInt()
  @Min(1)
  version!: number;

  @Field(() => QuestionContentInput)
  @ValidateNested()
  @Type(() => QuestionContentInput)
  content!: QuestionContentInput;

  @Field(() => String, { nullable: true, description: 'Why it changed, shown in the revision history.' })
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'Change note must be at most 500 characters.' })
  changeNote?: string | null;
}
