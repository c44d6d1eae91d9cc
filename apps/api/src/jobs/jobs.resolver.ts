import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { LOOP_MANAGERS } from '@panelist/roles';
import { Roles } from '../common/auth/access.decorators';
import { CurrentPrincipal } from '../common/auth/current-principal.decorator';
import type { Principal } from '../common/auth/principal';
import type { GraphQLContext } from '../common/auth/request-context';
import { UuidArgPipe } from '../common/validation/uuid-arg.pipe';
import { JobDto, JobRoundDto } from './dtos/job.dto';
import { JobInput, SaveJobInput } from './dtos/job.input';
import { JobsService } from './jobs.service';

@Resolver(() => JobDto)
export class JobsResolver {
  constructor(private readonly jobs: JobsService) {}

  @Roles(...LOOP_MANAGERS)
  @Query(() => [JobDto], { name: 'jobs', description: 'Open jobs first, most recently changed first.' })
  listJobs(@CurrentPrincipal() principal: Principal): Promise<JobDto[]> {
    return this.jobs.list(principal.organizationId);
  }

  @Roles(...LOOP_MANAGERS)
  @Query(() => JobDto)
  job(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID }, new UuidArgPipe('id')) id: string): Promise<JobDto> {
    return this.jobs.get(principal.organizationId, id);
  }

  @Roles(...LOOP_MANAGERS)
  @Mutation(() => JobDto)
  createJob(@CurrentPrincipal() principal: Principal, @Args('input') input: JobInput): Promise<JobDto> {
    return this.jobs.create(principal, input);
  }

  @Roles(...LOOP_MANAGERS)
  @Mutation(() => JobDto, { description: 'Saves the whole job (and may open or close it); a stale version is a CONFLICT.' })
  saveJob(@CurrentPrincipal() principal: Principal, @Args('input') input: SaveJobInput): Promise<JobDto> {
    return this.jobs.save(principal, input);
  }

  @ResolveField(() => [JobRoundDto])
  rounds(@Parent() job: JobDto, @Context() { loaders }: GraphQLContext): Promise<JobRoundDto[]> {
    return loaders.get<string, JobRoundDto[]>('job.rounds', (ids) => this.jobs.roundsOf(ids)).load(job.id);
  }
}
