import { Field, ObjectType } from '@nestjs/graphql';
import type { Role } from '@panelist/roles';
import { RoleEnum } from '../../common/graphql/role.enum';

@ObjectType('InvitationPreview', { description: 'What an invitation link offers, shown before accepting it.' })
export class InvitationPreviewDto {
  @Field() email!: string;
  @Field() name!: string;
  @Field() organizationName!: string;
  @Field(() => RoleEnum) role!: Role;
}
