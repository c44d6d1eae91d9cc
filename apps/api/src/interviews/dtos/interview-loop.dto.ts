import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('InterviewLoop', { description: "A candidate's interviews for one job." })
export class InterviewLoopDto {
  @Field(() => ID) id!: string;
  @Field(() => ID) jobId!: string;
  @Field(() => ID) candidateId!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}

@ObjectType('RepeatedQuestion', { description: 'A question asked in more than one interview of a loop.' })
export class RepeatedQuestionDto {
  @Field(() => ID) questionId!: string;
  @Field({ description: 'The prompt as the first of those interviews asks it.' }) prompt!: string;
  @Field(() => [ID]) interviewIds!: string[];
  revisionId!: string;
}
