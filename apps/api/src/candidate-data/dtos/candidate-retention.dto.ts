import { ArgsType, Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { HiringDecisionEnum, type HiringDecisionKind } from '../../hiring-decisions/dtos/hiring-decision.dto';

export const RETENTION_MONTHS = { min: 1, max: 120 } as const;

@ObjectType('CandidateRetentionSettings')
export class CandidateRetentionSettingsDto {
  @Field(() => Int, {
    nullable: true,
    description:
      'Candidates are erased this many months after their last hiring decision; null (the default) keeps them until erased by hand.',
  })
  months!: number | null;
}

@ArgsType()
export class SetCandidateRetentionArgs {
  @Field(() => Int, { nullable: true, description: '1 to 120 months, or null to switch retention off.' })
  @IsOptional()
  @IsInt({ message: 'Months must be a whole number.' })
  @Min(RETENTION_MONTHS.min, { message: 'Retention must be between 1 and 120 months.' })
  @Max(RETENTION_MONTHS.max, { message: 'Retention must be between 1 and 120 months.' })
  months?: number | null;
}

@ObjectType('CandidateDueForErasure', { description: 'Who the next retention run erases, and why.' })
export class CandidateDueForErasureDto {
  @Field(() => ID) candidateId!: string;
  @Field() name!: string;
  @Field(() => HiringDecisionEnum, { description: 'Their most recent decision.' }) lastDecision!: HiringDecisionKind;
  @Field(() => GraphQLISODateTime) lastDecisionAt!: Date;
  @Field(() => GraphQLISODateTime, { description: 'When the retention period after that decision ended.' }) dueSince!: Date;
}
