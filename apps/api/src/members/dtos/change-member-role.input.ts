import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsUUID, Min } from 'class-validator';
import { ROLES, type Role } from '@panelist/roles';
import { RoleEnum } from '../../common/graphql/role.enum';

@InputType()
export class ChangeMemberRoleInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Member id must be a valid id.' })
  memberId!: string;

  @Field(() => RoleEnum)
  @IsIn(ROLES, { message: `Role must be one of ${ROLES.join(', ')}.` })
  role!: Role;

  @Field(() => Int, { description: 'The version the change was based on.' })
  @IsInt()
  @Min(1, { message: 'Version must be a positive number.' })
  version!: number;
}
