import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Organization')
export class OrganizationDto {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() slug!: string;
}
