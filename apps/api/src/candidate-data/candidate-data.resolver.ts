import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../common/auth/access.decorators';
import { CurrentPrincipal } from '../common/auth/current-principal.decorator';
import type { Principal } from '../common/auth/principal';
import { UuidArgPipe } from '../common/validation/uuid-arg.pipe';
import { CandidateErasureService } from './candidate-erasure.service';
import { CandidateExportService } from './candidate-export.service';
import { CandidateExportFileDto } from './dtos/candidate-export-file.dto';
import { EraseCandidateInput } from './dtos/erase-candidate.input';
import { ErasedCandidateDto } from './dtos/erased-candidate.dto';

/** A candidate's rights over their data: admins act on them (export, erasure). */
@Resolver()
export class CandidateDataResolver {
  constructor(
    private readonly exports: CandidateExportService,
    private readonly erasure: CandidateErasureService,
  ) {}

  @Roles('ADMIN')
  @Query(() => CandidateExportFileDto, { description: 'Everything about one candidate as one JSON document; recorded in the audit trail.' })
  candidateExport(
    @CurrentPrincipal() principal: Principal,
    @Args('candidateId', { type: () => ID }, new UuidArgPipe('candidateId')) candidateId: string,
  ): Promise<CandidateExportFileDto> {
    return this.exports.export(principal, candidateId);
  }

  @Roles('ADMIN')
  @Mutation(() => ErasedCandidateDto, {
    description:
      "Erases a candidate's personal data and every text about them, keeping ratings, outcomes and dates anonymous. Cannot be undone.",
  })
  eraseCandidate(@CurrentPrincipal() principal: Principal, @Args('input') input: EraseCandidateInput): Promise<ErasedCandidateDto> {
    return this.erasure.erase(principal, input);
  }
}
