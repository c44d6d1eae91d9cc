import { Args, Query, Resolver } from '@nestjs/graphql';
import { BANK_EXPORTERS } from '@panelist/roles';
import { Roles } from '../common/auth/access.decorators';
import { CurrentPrincipal } from '../common/auth/current-principal.decorator';
import type { Principal } from '../common/auth/principal';
import { BankExportService } from './bank-export.service';
import { BankExportArgs, BankExportPageDto } from './dtos/bank-export.dto';

@Resolver(() => BankExportPageDto)
export class BankExportResolver {
  constructor(private readonly exports: BankExportService) {}

  @Roles(...BANK_EXPORTERS)
  @Query(() => BankExportPageDto, {
    description: "A page of the organization's bank as a file (JSON, CSV or Markdown); follow nextCursor for the rest.",
  })
  bankExport(@CurrentPrincipal() principal: Principal, @Args() args: BankExportArgs): Promise<BankExportPageDto> {
    return this.exports.page(principal.organizationId, args.format, args.after, args.first);
  }
}
