import { Field, ObjectType } from '@nestjs/graphql';
import type { Role } from '@panelist/roles';
import { RoleEnum } from '../../common/graphql/role.enum';
import { OrganizationDto } from '../../organizations/dtos/organization.dto';
import { UserDto } from '../../users/dtos/user.dto';

@ObjectType('OrganizationMembership')
export class OrganizationMembershipDto {
  @Field(() => OrganizationDto) organization!: OrganizationDto;
  @Field(() => RoleEnum) role!: Role;
}

@ObjectType('Viewer', { description: 'The signed-in person, their current organization and role.' })
export class ViewerDto {
  @Field(() => UserDto) user!: UserDto;
  @Field(() => OrganizationDto) organization!: OrganizationDto;
  @Field(() => RoleEnum) role!: Role;
  @Field(() => [OrganizationMembershipDto], {
    description: 'Every organization the person is an active member of (only the current one for a single sign-on session).',
  })
  memberships!: OrganizationMembershipDto[];
  @Field({ description: "Signed in through an organization's single sign-on: confined to that organization." })
  singleSignOn!: boolean;
  @Field({ description: 'Whether this person may create a new organization (instance setting ALLOW_ORGANIZATION_CREATION).' })
  canCreateOrganization!: boolean;
}
