import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { LOOP_MANAGERS } from '@panelist/roles';
import { Roles } from '../common/auth/access.decorators';
import { CurrentPrincipal } from '../common/auth/current-principal.decorator';
import type { Principal } from '../common/auth/principal';
import { UuidArgPipe } from '../common/validation/uuid-arg.pipe';
import { CandidatesService } from './candidates.service';
import { CandidateDto } from './dtos/candidate.dto';
import { CreateCandidateInput, SaveCandidateInput } from './dtos/candidate.input';

@Resolver(() => CandidateDto)
export class CandidatesResolver {
  constructor(private readonly candidates: CandidatesService) {}

  @Roles(...LOOP_MANAGERS)
  @Query(() => [CandidateDto], { name: 'candidates', description: 'Newest first, at most 200; search matches name or email.' })
  listCandidates(
    @CurrentPrincipal() principal: Principal,
    @Args('search', { type: () => String, nullable: true }) search: string | null,
  ): Promise<CandidateDto[]> {
    return this.candidates.list(principal.organizationId, search ?? null);
  }

  @Roles(...LOOP_MANAGERS)
  @Query(() => CandidateDto)
  candidate(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }, new UuidArgPipe('id')) id: string,
  ): Promise<CandidateDto> {
    return this.candidates.get(principal.organizationId, id);
  }

  @Roles(...LOOP_MANAGERS)
  @Mutation(() => CandidateDto, { description: 'Adds a candidate, and with jobId starts their loop for that job.' })
  createCandidate(@CurrentPrincipal() principal: Principal, @Args('input') input: CreateCandidateInput): Promise<CandidateDto> {
    return this.candidates.create(principal, input);
  }

  @Roles(...LOOP_MANAGERS)
  @Mutation(() => CandidateDto)
  saveCandidate(@CurrentPrincipal() principal: Principal, @Args('input') input: SaveCandidateInput): Promise<CandidateDto> {
    return this.candidates.save(principal, input);
  }
}
