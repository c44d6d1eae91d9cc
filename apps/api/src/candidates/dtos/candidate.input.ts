import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEmail, IsInt, IsOptional, IsString, IsUrl, IsUUID, Length, ValidateNested } from 'class-validator';

@InputType()
export class CandidateInput {
  @Field() @IsString() @Length(1, 200, { message: 'Name must be 1 to 200 characters.' }) name!: string;
  @Field() @IsEmail({}, { message: 'Enter a valid email address.' }) @Length(3, 320) email!: string;
  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(10, { message: 'At most 10 links.' })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { each: true, message: 'Each link must be a full http(s) address.' })
  links!: string[];
}

@InputType()
export class CreateCandidateInput extends CandidateInput {
  @Field(() => ID, { nullable: true, description: 'Also start their interview loop for this job.' })
  @IsOptional()
  @IsUUID('all', { message: 'jobId must be a valid id.' })
  jobId?: string | null;
}

@InputType()
export class SaveCandidateInput {
  @Field(() => ID) @IsUUID('all', { message: 'id must be a valid id.' }) id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field(() => CandidateInput) @ValidateNested() @Type(() => CandidateInput) candidate!: CandidateInput;
}
