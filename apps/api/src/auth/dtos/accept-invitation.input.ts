import { Field, InputType } from '@nestjs/graphql';
import { IsString, Length, MaxLength, MinLength } from 'class-validator';

export const MIN_PASSWORD_LENGTH = 10;

@InputType()
export class AcceptInvitationInput {
  @Field()
  @IsString()
  @Length(20, 200, { message: 'Token is not a valid invitation token.' })
  token!: string;

  @Field()
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH, { message: `Password must be at least ${MIN_PASSWORD_LENGTH} characters.` })
  @MaxLength(200, { message: 'Password must be at most 200 characters.' })
  password!: string;
}
