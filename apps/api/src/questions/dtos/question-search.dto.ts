import { ArgsType, Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { Difficulty, QuestionType } from '@panelist/question-bank';
import { DifficultyEnum, QuestionStatusEnum, QuestionTypeEnum, type QuestionStatus } from '../question.enums';
import { QuestionDto } from './question.dto';

@InputType()
export class QuestionFilterInput {
  @Field(() => [QuestionTypeEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsIn(Object.values(QuestionTypeEnum), { each: true })
  types?: QuestionType[];

  @Field(() => [DifficultyEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(5)
  @IsIn(Object.values(DifficultyEnum), { each: true })
  difficulties?: Difficulty[];

  @Field(() => [String], { nullable: true, description: 'Questions with all of these competencies.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  competencies?: string[];

  @Field(() => [String], { nullable: true, description: 'Questions with all of these technology tags.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  tags?: string[];

  @Field(() => Boolean, { nullable: true, description: 'true: has Look-for or Red-flag points; false: has neither.' })
  @IsOptional()
  @IsBoolean()
  hasRubric?: boolean;

  @Field(() => QuestionStatusEnum, { nullable: true, defaultValue: 'ACTIVE' })
  @IsOptional()
  @IsIn(Object.values(QuestionStatusEnum))
  status?: QuestionStatus;
}

@ArgsType()
export class QuestionSearchArgs {
  @Field(() => String, { nullable: true, description: 'Web-search syntax: words, "a phrase", -exclude, or.' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'Search must be at most 200 characters.' })
  search?: string;

  @Field(() => QuestionFilterInput, { nullable: true })
  @IsOptional()
  filter?: QuestionFilterInput;

  @Field(() => Int, { defaultValue: 25 })
  @IsInt()
  @Min(1, { message: 'first must be between 1 and 100.' })
  @Max(100, { message: 'first must be between 1 and 100.' })
  first!: number;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string;
}

@ObjectType('TextSegment', { description: 'A piece of text; matched pieces are highlighted.' })
export class TextSegmentDto {
  @Field() text!: string;
  @Field() match!: boolean;
}

@ObjectType('QuestionEdge')
export class QuestionEdgeDto {
  @Field() cursor!: string;
  @Field(() => QuestionDto) node!: QuestionDto;
  @Field(() => [TextSegmentDto], { description: 'The prompt with the search matches marked.' })
  highlight!: TextSegmentDto[];
}

@ObjectType('PageInfo')
export class PageInfoDto {
  @Field() hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

@ObjectType('QuestionConnection')
export class QuestionConnectionDto {
  @Field(() => [QuestionEdgeDto]) edges!: QuestionEdgeDto[];
  @Field(() => PageInfoDto) pageInfo!: PageInfoDto;
  @Field(() => Int) totalCount!: number;
  @Field(() => String, {
    nullable: true,
    description:
      "The search with each word the bank does not have replaced by the bank's most similar word; null when every word is known.",
  })
  didYouMean!: string | null;
}

@ObjectType('FacetCount')
export class FacetCountDto {
  @Field() value!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('QuestionFacets', { description: 'How many questions each filter value would give, with the other filters applied.' })
export class QuestionFacetsDto {
  @Field(() => [FacetCountDto]) types!: FacetCountDto[];
  @Field(() => [FacetCountDto]) difficulties!: FacetCountDto[];
  @Field(() => [FacetCountDto]) competencies!: FacetCountDto[];
  @Field(() => [FacetCountDto]) tags!: FacetCountDto[];
  @Field(() => [FacetCountDto], { description: 'value "true" or "false".' }) hasRubric!: FacetCountDto[];
}
