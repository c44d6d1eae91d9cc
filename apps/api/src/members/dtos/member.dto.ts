import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { Role } from '@panelist/roles';
import { RoleEnum } from '../../common/graphql/role.enum';
import { EmailDeliveryEnum } from '../../notifications/dtos/notification-preferences.dto';
import type { EmailDelivery } from '../../mail/mail.service';
import type { MemberStatus } from '../members.repository';

export const MemberStatusEnum = { INVITED: 'INVITED', ACTIVE: 'ACTIVE', DEACTIVATED: 'DEACTIVATED' } as const;
registerEnumType(MemberStatusEnum, {
  name: 'MemberStatus',
  valuesMap: {
    INVITED: { description: 'Invited; joins by accepting the invitation link.' },
    ACTIVE: { description: 'Can sign in and work in the organization.' },
    DEACTIVATED: { description: 'Kept for history; cannot sign in to this organization.' },
  },
});

@ObjectType('Member', { description: "A person's membership of the current organization." })
export class MemberDto {
  @Field(() => ID, { description: 'The membership id.' }) id!: string;
  @Field(() => ID) userId!: string;
  @Field() email!: string;
  @Field() name!: string;
  @Field(() => RoleEnum) role!: Role;
  @Field(() => MemberStatusEnum) status!: MemberStatus;
  @Field(() => Int, { description: 'Send it back with changes; a stale version is a CONFLICT.' }) version!: number;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}

@ObjectType('AddMemberResult')
export class AddMemberResultDto {
  @Field(() => MemberDto) member!: MemberDto;
  @Field({ description: 'The one-time link to share with the person; they join only by accepting it.' })
  inviteUrl!: string;
  @Field(() => GraphQLISODateTime) expiresAt!: Date;
  @Field(() => EmailDeliveryEnum, { description: 'Whether the link is also on its way by email.' }) emailDelivery!: EmailDelivery;
}

@ObjectType('InvitationLink')
export class InvitationLinkDto {
  @Field(() => MemberDto) member!: MemberDto;
  @Field() inviteUrl!: string;
  @Field(() => GraphQLISODateTime) expiresAt!: Date;
  @Field(() => EmailDeliveryEnum, { description: 'Whether the link is also on its way by email.' }) emailDelivery!: EmailDelivery;
}

@ObjectType('PasswordResetLink')
export class PasswordResetLinkDto {
  @Field(() => MemberDto) member!: MemberDto;
  @Field({ description: 'A one-time link for the member to choose a new password.' }) resetUrl!: string;
  @Field(() => GraphQLISODateTime) expiresAt!: Date;
  @Field(() => EmailDeliveryEnum, { description: 'Whether the link is also on its way by email.' }) emailDelivery!: EmailDelivery;
}
