import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('AuditDetail', { description: 'One fact recorded with an audit event.' })
export class AuditDetailDto {
  @Field() key!: string;
  @Field({ description: 'The value as text (lists joined with ", ").' }) value!: string;
}

@ObjectType('AuditEvent', { description: 'One entry of the audit trail: who did what to what, when, from where.' })
export class AuditEventDto {
  @Field(() => ID) id!: string;
  @Field(() => GraphQLISODateTime) occurredAt!: Date;
  @Field(() => ID, { nullable: true, description: 'The account that acted; null for the system or an unknown email.' }) actorId!:
    string | null;
  @Field({ description: "The actor's name or email, or a hashed email for sign-ins of no account." }) actorLabel!: string;
  @Field({ description: 'What happened, as <area>.<verb> (see auditActions).' }) action!: string;
  @Field(() => String, { nullable: true }) targetType!: string | null;
  @Field(() => String, { nullable: true }) targetId!: string | null;
  @Field(() => String, { nullable: true }) requestId!: string | null;
  @Field(() => String, { nullable: true }) ipAddress!: string | null;
  @Field(() => [AuditDetailDto], { description: 'A few facts about the change; never passwords, tokens or notes.' })
  details!: AuditDetailDto[];
}

@ObjectType('AuditEventPage')
export class AuditEventPageDto {
  @Field(() => [AuditEventDto]) events!: AuditEventDto[];
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next, older page; null on the last page.' }) nextCursor!:
    string | null;
}

@ObjectType('AuditSettings')
export class AuditSettingsDto {
  @Field(() => Int, { description: 'Audit events older than this many days are pruned (30 to 3650; default 730).' }) retentionDays!: number;
}
