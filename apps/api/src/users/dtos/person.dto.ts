import { Field, ID, ObjectType } from '@nestjs/graphql';

/** Someone named on a job, loop or panel: just enough to show who it is. */
@ObjectType('Person')
export class PersonDto {
  @Field(() => ID) userId!: string;
  @Field() name!: string;
}
