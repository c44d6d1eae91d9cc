import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsString, IsUUID, Length } from 'class-validator';
import { HiringDecisionEnum, type HiringDecisionKind } from './hiring-decision.dto';

@InputType()
export class RecordHiringDecisionInput {
  @Field(() => ID) @IsUUID('all', { message: 'loopId must be a valid id.' }) loopId!: string;
  @Field(() => HiringDecisionEnum) @IsIn(Object.keys(HiringDecisionEnum)) decision!: HiringDecisionKind;
  @Field()
  @IsString()
  @Length(10, 5000, { message: 'Write the rationale for the decision (10 to 5000 characters): it is kept in the audit trail.' })
  rationale!: string;
}
