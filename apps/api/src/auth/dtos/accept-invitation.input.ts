import { Field, InputType } from '@nestjs/graphql';
import { IsString, Length, MaxLength, MinLength } from 'class-validator';

/** The token of a one-time link (invitation or password reset) and a password. */
@InputType({ isAbstract: true })
export class TokenPasswordInput {
  @Field()
  @IsString()
  @Length(20, 200, { message: 'Token is not a valid link token.' })
  token!: string;

  @Field({ description: 'Checked against the password policy when it is chosen here.' })
  @IsString()
  @MinLength(1, { message: 'Password is required.' })
  @MaxLength(200, { message: 'Password must be at most 200 characters.' })
  password!: string;
}

@InputType({ description: 'New to Panelist: the password to choose. Existing account: its current password.' })
export class AcceptInvitationInput extends TokenPasswordInput {}
