import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ALL_ROLES, BANK_EDITORS } from '@panelist/roles';
import { Roles } from '../common/auth/access.decorators';
import { CurrentPrincipal } from '../common/auth/current-principal.decorator';
import type { Principal } from '../common/auth/principal';
import { UuidArgPipe } from '../common/validation/uuid-arg.pipe';
import { BankHealthDto } from './bank-health.dto';
import { BankHealthService } from './bank-health.service';

@Resolver(() => BankHealthDto)
export class BankHealthResolver {
  constructor(private readonly service: BankHealthService) {}

  @Roles(...ALL_ROLES)
  @Query(() => BankHealthDto)
  bankHealth(@CurrentPrincipal() principal: Principal): Promise<BankHealthDto> {
    return this.service.health(principal.organizationId);
  }

  @Roles(...BANK_EDITORS)
  @Mutation(() => Boolean, { description: 'Marks two similar questions as distinct.' })
  dismissDuplicateSuggestion(
    @CurrentPrincipal() principal: Principal,
    @Args('questionA', { type: () => ID }, new UuidArgPipe('questionA')) questionA: string,
    @Args('questionB', { type: () => ID }, new UuidArgPipe('questionB')) questionB: string,
  ): Promise<boolean> {
    return this.service.dismiss(principal.organizationId, questionA, questionB);
  }
}
