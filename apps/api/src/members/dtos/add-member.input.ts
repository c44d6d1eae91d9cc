import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsIn, IsString, Length, MaxLength } from 'class-validator';
import { ROLES, type Role } from '@panelist/roles';
import { RoleEnum } from '../../common/graphql/role.enum';

@InputType()
export class AddMemberInput {
  @Field()
  @IsEmail({}, { message: 'Email must be a valid email address.' })
  @MaxLength(254, { message: 'Email must be at most 254 characters.' })
  email!: string;

  @Field()
  @IsString()
  @Length(1, 120, { message: 'Name must be 1 to 120 characters.' })
  name!: string;

  @Field(() => RoleEnum)
  @IsIn(ROLES, { message: `Role must be one of ${ROLES.join(', ')}.` })
  role!: Role;
}
