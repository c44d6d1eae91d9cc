import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, MaxLength, ValidateNested } from 'class-validator';
import { JobStatusEnum, type JobStatus } from './job.dto';

@InputType()
export class JobRoundInput {
  @Field(() => ID, { nullable: true, description: 'Keep an existing round (its interviews stay linked); leave out for a new one.' })
  @IsOptional()
  @IsUUID('all', { message: 'The round id must be a valid id.' })
  id?: string | null;
  @Field() @IsString() @Length(1, 80, { message: 'A round needs a name of 1 to 80 characters.' }) name!: string;
  @Field(() => ID) @IsUUID('all', { message: 'kitId must be a valid id.' }) kitId!: string;
}

@InputType()
export class JobInput {
  @Field() @IsString() @Length(1, 120, { message: 'Title must be 1 to 120 characters.' }) title!: string;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(120, { message: 'Team must be at most 120 characters.' }) team!: string;
  @Field(() => ID) @IsUUID('all', { message: 'hiringManagerId must be a valid id.' }) hiringManagerId!: string;
  @Field(() => [JobRoundInput], { defaultValue: [] })
  @ArrayMaxSize(12, { message: 'A job has at most 12 rounds.' })
  @ValidateNested({ each: true })
  @Type(() => JobRoundInput)
  rounds!: JobRoundInput[];
}

@InputType()
export class SaveJobInput {
  @Field(() => ID) @IsUUID('all', { message: 'id must be a valid id.' }) id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field(() => JobInput) @ValidateNested() @Type(() => JobInput) job!: JobInput;
  @Field(() => JobStatusEnum, { nullable: true }) @IsOptional() @IsIn(Object.keys(JobStatusEnum)) status?: JobStatus | null;
}
