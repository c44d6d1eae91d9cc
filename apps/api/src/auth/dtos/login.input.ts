import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

@InputType()
export class LoginInput {
  @Field()
  @IsEmail({}, { message: 'Email must be a valid email address.' })
  @MaxLength(254, { message: 'Email must be at most 254 characters.' })
  email!: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'Password is required.' })
  @MaxLength(200, { message: 'Password must be at most 200 characters.' })
  password!: string;
}
