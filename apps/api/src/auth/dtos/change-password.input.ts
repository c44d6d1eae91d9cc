import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MinLength(1, { message: 'Current password is required.' })
  @MaxLength(200, { message: 'Current password must be at most 200 characters.' })
  currentPassword!: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'New password is required.' })
  @MaxLength(200, { message: 'New password must be at most 200 characters.' })
  newPassword!: string;
}
