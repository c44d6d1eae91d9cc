import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import type { Role } from '@panelist/roles';
import { RoleEnum } from '../../common/graphql/role.enum';

@ObjectType('InvitationPreview', { description: 'What an invitation link offers, shown before accepting it.' })
export class InvitationPreviewDto {
  @Field() email!: string;
  @Field() name!: string;
  @Field() organizationName!: string;
  @Field(() => RoleEnum) role!: Role;
  @Field(() => GraphQLISODateTime) expiresAt!: Date;
}

@ObjectType('PasswordResetPreview', { description: 'Whose password a reset link changes, shown before using it.' })
export class PasswordResetPreviewDto {
  @Field() email!: string;
  @Field() organizationName!: string;
  @Field(() => GraphQLISODateTime) expiresAt!: Date;
}
