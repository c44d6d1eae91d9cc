import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { BANK_EDITORS } from '@panelist/roles';
import { Roles } from '../common/auth/access.decorators';
import { CurrentPrincipal } from '../common/auth/current-principal.decorator';
import type { Principal } from '../common/auth/principal';
import { HiringDecisionDto } from './dtos/hiring-decision.dto';
import { RecordHiringDecisionInput } from './dtos/hiring-decision.input';
import { HiringDecisionsService } from './hiring-decisions.service';

@Resolver(() => HiringDecisionDto)
export class HiringDecisionsResolver {
  constructor(private readonly decisions: HiringDecisionsService) {}

  @Roles(...BANK_EDITORS)
  @Mutation(() => HiringDecisionDto, {
    description: "Records hire / no hire / hold with a rationale; the job's hiring manager or an admin. Kept in the audit trail.",
  })
  recordHiringDecision(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: RecordHiringDecisionInput,
  ): Promise<HiringDecisionDto> {
    return this.decisions.record(principal, input);
  }
}
