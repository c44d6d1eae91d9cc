import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { MAX_NOTES_LENGTH, RECOMMENDATIONS, type Recommendation } from '@panelist/scorecards';
import { RecommendationEnum } from './scorecard.dto';

@InputType()
export class AnswerInput {
  @Field(() => ID) @IsUUID('all', { message: 'questionId must be a valid id.' }) questionId!: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt({ message: 'A rating must be a whole number.' }) rating!: number | null;
  @Field({ defaultValue: false }) @IsBoolean() notAsked!: boolean;
  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(MAX_NOTES_LENGTH, { message: `Notes are limited to ${MAX_NOTES_LENGTH} characters.` })
  notes!: string;
}

@InputType()
export class CompetencyRatingInput {
  @Field() @IsString() @Length(1, 60) competency!: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt({ message: 'A rating must be a whole number.' }) rating!: number | null;
}

/** A partial change: listed answers and competency ratings replace theirs; omitted fields stay. */
@InputType()
export class ScorecardChangeInput {
  @Field(() => ID) @IsUUID('all', { message: 'scorecardId must be a valid id.' }) scorecardId!: string;
  @Field(() => Int, { description: 'The version this change was made on.' }) @IsInt() version!: number;
  @Field(() => [AnswerInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  @ArrayUnique((answer: AnswerInput) => answer?.questionId, {
    message: 'Each question is answered once: a questionId appears twice in answers.',
  })
  @ValidateNested({ each: true })
  @Type(() => AnswerInput)
  answers?: AnswerInput[] | null;
  @Field(() => [CompetencyRatingInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @ArrayUnique((rating: CompetencyRatingInput) => rating?.competency?.trim(), {
    message: 'Each competency is rated once: a competency appears twice in competencyRatings.',
  })
  @ValidateNested({ each: true })
  @Type(() => CompetencyRatingInput)
  competencyRatings?: CompetencyRatingInput[] | null;
  @Field(() => RecommendationEnum, { nullable: true, description: 'Left out: unchanged. null: cleared.' })
  @IsOptional()
  @IsIn(RECOMMENDATIONS)
  recommendation?: Recommendation | null;
  @Field(() => String, { nullable: true, description: 'Left out: unchanged.' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_NOTES_LENGTH, { message: `The summary is limited to ${MAX_NOTES_LENGTH} characters.` })
  summary?: string | null;
}

@InputType()
export class AmendScorecardInput extends ScorecardChangeInput {
  @Field() @IsString() @Length(3, 2000, { message: 'Give a reason for the amendment (3 to 2000 characters).' }) reason!: string;
}
