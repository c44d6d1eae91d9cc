import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import type { CandidateDto } from '../../candidates/dtos/candidate.dto';
import type { JobDto } from '../../jobs/dtos/job.dto';

@ObjectType('InterviewLoop', { description: "A candidate's interviews for one job." })
export class InterviewLoopDto {
  @Field(() => ID) id!: string;
  @Field(() => ID) jobId!: string;
  @Field(() => ID) candidateId!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  /** The job when the loop was reached from it (a job's loops); else the `job` field loads it. */
  loadedJob?: JobDto;
  /** The candidate when the loop was reached from them (a candidate's loops); else the `candidate` field loads them. */
  loadedCandidate?: CandidateDto;
}

@ObjectType('RepeatedQuestion', { description: 'A question asked in more than one interview of a loop.' })
export class RepeatedQuestionDto {
  @Field(() => ID) questionId!: string;
  @Field({ description: 'The prompt as the first of those interviews asks it.' }) prompt!: string;
  @Field(() => [ID]) interviewIds!: string[];
  revisionId!: string;
}
