import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ErasedCandidate', {
  description: 'What an erasure removed. Ratings, recommendations, statuses, dates and decision outcomes stay, anonymous.',
})
export class ErasedCandidateDto {
  @Field(() => ID) candidateId!: string;
  @Field({ description: 'The tombstone that replaces their name: "Erased candidate" and the start of their id.' }) name!: string;
  @Field(() => GraphQLISODateTime) erasedAt!: Date;
  @Field({ description: 'They had been erased before; a repeat changes only text written since (usually nothing).' })
  alreadyErased!: boolean;
  @Field(() => Int, { description: 'Scorecards whose summary or notes were blanked.' }) scorecardsBlanked!: number;
  @Field(() => Int, { description: 'Question answers whose notes were blanked.' }) answersBlanked!: number;
  @Field(() => Int, { description: 'Scorecard revisions whose reason, notes and summary were blanked.' }) revisionsBlanked!: number;
  @Field(() => Int, { description: 'Hiring decisions whose rationale was blanked (the outcome and date stay).' }) decisionsBlanked!: number;
  @Field(() => Int, { description: 'Audit events with a detail naming them, now blank.' }) auditEventsScrubbed!: number;
}
