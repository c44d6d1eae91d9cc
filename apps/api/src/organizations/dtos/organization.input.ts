import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsString, Matches, MaxLength, Min } from 'class-validator';

@InputType()
export class CreateOrganizationInput {
  @Field()
  @IsString()
  @Matches(/\S/, { message: 'Name must not be blank.' })
  @MaxLength(120, { message: 'Name must be at most 120 characters.' })
  name!: string;
}

@InputType()
export class UpdateOrganizationInput extends CreateOrganizationInput {
  @Field(() => Int, { description: 'The version the change was based on.' })
  @IsInt()
  @Min(1, { message: 'Version must be a positive number.' })
  version!: number;
}
