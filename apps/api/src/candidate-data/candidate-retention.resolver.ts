import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../common/auth/access.decorators';
import { CurrentPrincipal } from '../common/auth/current-principal.decorator';
import type { Principal } from '../common/auth/principal';
import { CandidateRetentionService } from './candidate-retention.service';
import { CandidateDueForErasureDto, CandidateRetentionSettingsDto, SetCandidateRetentionArgs } from './dtos/candidate-retention.dto';

@Resolver()
export class CandidateRetentionResolver {
  constructor(private readonly retention: CandidateRetentionService) {}

  @Roles('ADMIN')
  @Query(() => CandidateRetentionSettingsDto)
  async candidateRetention(@CurrentPrincipal() principal: Principal): Promise<CandidateRetentionSettingsDto> {
    return { months: await this.retention.months(principal.organizationId) };
  }

  @Roles('ADMIN')
  @Mutation(() => CandidateRetentionSettingsDto, {
    description: 'Erase candidates this many months after their last hiring decision (1 to 120), or null for never.',
  })
  async setCandidateRetention(
    @CurrentPrincipal() principal: Principal,
    @Args() args: SetCandidateRetentionArgs,
  ): Promise<CandidateRetentionSettingsDto> {
    return { months: await this.retention.setMonths(principal, args.months ?? null) };
  }

  @Roles('ADMIN')
  @Query(() => [CandidateDueForErasureDto], {
    description: 'Dry run: whom the next hourly retention run erases (at most 200), oldest decision first.',
  })
  candidateRetentionPreview(@CurrentPrincipal() principal: Principal): Promise<CandidateDueForErasureDto[]> {
    return this.retention.preview(principal.organizationId);
  }
}
