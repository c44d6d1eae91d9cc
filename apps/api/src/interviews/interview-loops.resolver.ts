import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { LOOP_MANAGERS } from '@panelist/roles';
import { CandidatesService } from '../candidates/candidates.service';
import { CandidateDto } from '../candidates/dtos/candidate.dto';
import { Roles } from '../common/auth/access.decorators';
import { CurrentPrincipal } from '../common/auth/current-principal.decorator';
import type { Principal } from '../common/auth/principal';
import type { GraphQLContext } from '../common/auth/request-context';
import { UuidArgPipe } from '../common/validation/uuid-arg.pipe';
import { JobDto } from '../jobs/dtos/job.dto';
import { JobsService } from '../jobs/jobs.service';
import type { QuestionRevisionDto } from '../questions/dtos/question-revision.dto';
import { InterviewDto } from './dtos/interview.dto';
import { InterviewLoopDto, RepeatedQuestionDto } from './dtos/interview-loop.dto';
import { InterviewsService } from './interviews.service';
import { repeatedQuestions } from './repeated-questions';

@Resolver(() => InterviewLoopDto)
export class InterviewLoopsResolver {
  constructor(
    private readonly interviews: InterviewsService,
    private readonly jobs: JobsService,
    private readonly candidates: CandidatesService,
  ) {}

  @Roles(...LOOP_MANAGERS)
  @Query(() => InterviewLoopDto)
  interviewLoop(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }, new UuidArgPipe('id')) id: string,
  ): Promise<InterviewLoopDto> {
    return this.interviews.loop(principal.organizationId, id);
  }

  @Roles(...LOOP_MANAGERS)
  @Mutation(() => InterviewLoopDto, { description: "Starts a candidate's interview loop for a job." })
  startLoop(
    @CurrentPrincipal() principal: Principal,
    @Args('jobId', { type: () => ID }, new UuidArgPipe('jobId')) jobId: string,
    @Args('candidateId', { type: () => ID }, new UuidArgPipe('candidateId')) candidateId: string,
  ): Promise<InterviewLoopDto> {
    return this.interviews.startLoop(principal, jobId, candidateId);
  }

  @ResolveField(() => JobDto)
  job(@Parent() loop: InterviewLoopDto, @Context() { loaders }: GraphQLContext): Promise<JobDto> {
    if (loop.loadedJob) return Promise.resolve(loop.loadedJob);
    return loaders.get<string, JobDto>('job.byId', (ids) => this.jobs.byIds(ids)).load(loop.jobId);
  }

  @ResolveField(() => CandidateDto)
  candidate(@Parent() loop: InterviewLoopDto, @Context() { loaders }: GraphQLContext): Promise<CandidateDto> {
    if (loop.loadedCandidate) return Promise.resolve(loop.loadedCandidate);
    return loaders.get<string, CandidateDto>('candidate.byId', (ids) => this.candidates.byIds(ids)).load(loop.candidateId);
  }

  @ResolveField('interviews', () => [InterviewDto])
  interviewsOf(@Parent() loop: InterviewLoopDto, @Context() { loaders }: GraphQLContext): Promise<InterviewDto[]> {
    return loaders.get<string, InterviewDto[]>('loop.interviews', (ids) => this.interviews.interviewsOfLoops(ids)).load(loop.id);
  }

  @ResolveField(() => [RepeatedQuestionDto], {
    description: 'Questions asked in more than one interview of this loop: usually a planning slip.',
  })
  async repeatedQuestions(@Parent() loop: InterviewLoopDto, @Context() context: GraphQLContext): Promise<RepeatedQuestionDto[]> {
    const repeats = repeatedQuestions(await this.interviewsOf(loop, context));
    const revisions = context.loaders.get<string, QuestionRevisionDto>('questionRevision.byId', (ids) =>
      this.interviews.revisionsByIds(ids),
    );
    return Promise.all(repeats.map(async (repeat) => ({ ...repeat, prompt: (await revisions.load(repeat.revisionId)).prompt })));
  }
}

/** The loops of a job (its candidates) and of a candidate (their jobs). */
@Resolver(() => JobDto)
export class JobLoopsResolver {
  constructor(private readonly interviews: InterviewsService) {}

  /** Each loop carries the job it was reached from, so the page's `loops { job }` reads it no second time. */
  @ResolveField(() => [InterviewLoopDto], { description: 'Every candidate’s loop for this job, newest first.' })
  async loops(@Parent() job: JobDto, @Context() { loaders }: GraphQLContext): Promise<InterviewLoopDto[]> {
    const loops = await loaders.get<string, InterviewLoopDto[]>('job.loops', (ids) => this.interviews.loopsBy('job_id', ids)).load(job.id);
    return loops.map((loop) => ({ ...loop, loadedJob: job }));
  }
}

@Resolver(() => CandidateDto)
export class CandidateLoopsResolver {
  constructor(private readonly interviews: InterviewsService) {}

  /** Each loop carries the candidate it was reached from, so the page's `loops { candidate }` reads them no second time. */
  @ResolveField(() => [InterviewLoopDto])
  async loops(@Parent() candidate: CandidateDto, @Context() { loaders }: GraphQLContext): Promise<InterviewLoopDto[]> {
    const loops = await loaders
      .get<string, InterviewLoopDto[]>('candidate.loops', (ids) => this.interviews.loopsBy('candidate_id', ids))
      .load(candidate.id);
    return loops.map((loop) => ({ ...loop, loadedCandidate: candidate }));
  }
}
