import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Candidate', { description: 'A person interviewing with the organization. Personal data: shown to loop managers only.' })
export class CandidateDto {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() email!: string;
  @Field(() => [String], { description: 'Profile, portfolio or CV links.' }) links!: string[];
  @Field(() => Int, { description: 'Send it back with changes; a stale version is a CONFLICT.' }) version!: number;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When their personal data was erased; the name is then a tombstone.' })
  erasedAt!: Date | null;
}
