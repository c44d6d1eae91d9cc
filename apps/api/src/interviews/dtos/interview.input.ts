import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsDate, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { Type } from 'class-transformer';

@InputType()
export class InterviewPlanInput {
  @Field() @Type(() => Date) @IsDate({ message: 'scheduledAt must be a date and time.' }) scheduledAt!: Date;
  @Field(() => Int, { nullable: true, description: 'Left out: the kit’s interview length.' })
  @IsOptional()
  @IsInt()
  @Min(5, { message: 'An interview lasts 5 to 480 minutes.' })
  @Max(480, { message: 'An interview lasts 5 to 480 minutes.' })
  durationMinutes?: number | null;
  @Field(() => [ID])
  @ArrayMinSize(1, { message: 'An interview needs at least one interviewer.' })
  @ArrayMaxSize(8, { message: 'An interview has at most 8 interviewers.' })
  @ArrayUnique({ message: 'Each interviewer is on the panel once.' })
  @IsUUID('all', { each: true, message: 'Each interviewer id must be a valid id.' })
  interviewerIds!: string[];
}

@InputType()
export class ScheduleInterviewInput extends InterviewPlanInput {
  @Field(() => ID) @IsUUID('all', { message: 'loopId must be a valid id.' }) loopId!: string;
  @Field(() => ID, { nullable: true, description: 'The job round; its kit is used unless kitId is given.' })
  @IsOptional()
  @IsUUID('all', { message: 'roundId must be a valid id.' })
  roundId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'kitId must be a valid id.' }) kitId?: string | null;
}

@InputType()
export class RescheduleInterviewInput extends InterviewPlanInput {
  @Field(() => ID) @IsUUID('all', { message: 'id must be a valid id.' }) id!: string;
  @Field(() => Int) @IsInt() version!: number;
}
