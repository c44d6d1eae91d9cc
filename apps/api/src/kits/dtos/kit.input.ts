import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsInt, IsNumber, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';

@InputType()
export class RatingPointInput {
  @Field(() => Int) @IsInt() value!: number;
  @Field() @IsString() @Length(1, 40, { message: 'A rating label must be 1 to 40 characters.' }) label!: string;
  @Field() @IsString() @Length(1, 300, { message: 'A rating anchor must be 1 to 300 characters.' }) anchor!: string;
}

@InputType()
export class CompetencyWeightInput {
  @Field() @IsString() @Length(1, 60) competency!: string;
  @Field(() => Float)
  @IsNumber()
  @Min(0, { message: 'A weight must be between 0 and 10.' })
  @Max(10, { message: 'A weight must be between 0 and 10.' })
  weight!: number;
}

@InputType()
export class KitQuestionInput {
  @Field(() => ID) @IsUUID('all', { message: 'questionId must be a valid id.' }) questionId!: string;
  @Field(() => Int)
  @IsInt()
  @Min(0, { message: 'Planned minutes cannot be negative.' })
  @Max(120, { message: 'Planned minutes must be at most 120.' })
  plannedMinutes!: number;
}

@InputType()
export class KitSectionInput {
  @Field() @IsString() @Length(1, 60, { message: 'A section needs a competency of 1 to 60 characters.' }) competency!: string;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(120) title!: string;
  @Field(() => [KitQuestionInput])
  @ArrayMaxSize(50, { message: 'A section holds at most 50 questions.' })
  @ValidateNested({ each: true })
  @Type(() => KitQuestionInput)
  questions!: KitQuestionInput[];
}

@InputType()
export class KitInput {
  @Field() @IsString() @Length(1, 120, { message: 'Role must be 1 to 120 characters.' }) roleName!: string;
  @Field() @IsString() @Length(1, 120, { message: 'Title must be 1 to 120 characters.' }) title!: string;
  @Field(() => Int)
  @IsInt()
  @Min(5, { message: 'The interview length must be 5 to 480 minutes.' })
  @Max(480, { message: 'The interview length must be 5 to 480 minutes.' })
  interviewMinutes!: number;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(5000, { message: 'Notes must be at most 5000 characters.' }) notes!: string;

  @Field(() => [RatingPointInput], { nullable: true, description: 'Left out: the default scale of ratingPoints points.' })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => RatingPointInput)
  ratingScale?: RatingPointInput[] | null;

  @Field(() => Int, { nullable: true, description: 'Size of the default scale, 3 to 5 (default 4).' })
  @IsOptional()
  @IsInt()
  @Min(3, { message: 'A rating scale has 3 to 5 points.' })
  @Max(5, { message: 'A rating scale has 3 to 5 points.' })
  ratingPoints?: number | null;

  @Field(() => [CompetencyWeightInput], { defaultValue: [] })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CompetencyWeightInput)
  competencyWeights!: CompetencyWeightInput[];

  @Field(() => [KitSectionInput], { defaultValue: [] })
  @ArrayMaxSize(20, { message: 'A kit holds at most 20 sections.' })
  @ValidateNested({ each: true })
  @Type(() => KitSectionInput)
  sections!: KitSectionInput[];
}

@InputType()
export class SaveKitInput {
  @Field(() => ID) @IsUUID('all', { message: 'id must be a valid id.' }) id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field(() => KitInput) @ValidateNested() @Type(() => KitInput) kit!: KitInput;
}
