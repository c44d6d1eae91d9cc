import { Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { IsDate, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { AUDIT_ACTIONS } from '../audit-actions';

@InputType({ description: 'Every field narrows the trail; none given is the whole trail, newest first.' })
export class AuditFilterInput {
  @Field(() => ID, { nullable: true, description: 'Events by this person.' })
  @IsOptional()
  @IsUUID('all', { message: 'Actor must be a valid id.' })
  actorId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(AUDIT_ACTIONS, { message: 'Action must be one of the actions auditActions lists.' })
  action?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. member, candidate, kit, scorecard, loop, session.' })
  @IsOptional()
  @IsString()
  @MaxLength(60, { message: 'Target type must be at most 60 characters.' })
  targetType?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'Target id must be at most 100 characters.' })
  targetId?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'From this instant on (inclusive).' })
  @IsOptional()
  @IsDate({ message: 'From must be a date.' })
  from?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Before this instant (exclusive).' })
  @IsOptional()
  @IsDate({ message: 'To must be a date.' })
  to?: Date | null;
}
