import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { BANK_EDITORS } from '@panelist/roles';
import { Roles } from '../common/auth/access.decorators';
import { CurrentPrincipal } from '../common/auth/current-principal.decorator';
import type { Principal } from '../common/auth/principal';
import { UuidArgPipe } from '../common/validation/uuid-arg.pipe';
import { BankImportsService } from './bank-imports.service';
import { BankImportDto } from './dtos/bank-import.dto';
import { CommitBankImportInput, PreviewBankImportInput } from './dtos/bank-import.input';

@Resolver(() => BankImportDto)
export class BankImportsResolver {
  constructor(private readonly imports: BankImportsService) {}

  @Roles(...BANK_EDITORS)
  @Mutation(() => BankImportDto, { description: 'Reads a file and shows what importing it would do; writes no questions.' })
  previewBankImport(@CurrentPrincipal() principal: Principal, @Args('input') input: PreviewBankImportInput): Promise<BankImportDto> {
    return this.imports.preview(principal, {
      fileName: input.fileName,
      content: Buffer.from(input.contentBase64, 'base64'),
      format: input.format,
      interpretation: input.interpretation,
    });
  }

  @Roles(...BANK_EDITORS)
  @Mutation(() => BankImportDto, { description: 'Applies a preview in one transaction, with a decision per possible duplicate.' })
  commitBankImport(@CurrentPrincipal() principal: Principal, @Args('input') input: CommitBankImportInput): Promise<BankImportDto> {
    return this.imports.commit(principal, input.id, input.decisions, { confirmLowYield: input.confirmLowYield });
  }

  @Roles(...BANK_EDITORS)
  @Mutation(() => BankImportDto)
  discardBankImport(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID }, new UuidArgPipe('id')) id: string) {
    return this.imports.discard(principal, id);
  }

  @Roles(...BANK_EDITORS)
  @Query(() => BankImportDto)
  bankImport(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID }, new UuidArgPipe('id')) id: string) {
    return this.imports.get(principal.organizationId, id);
  }

  @Roles(...BANK_EDITORS)
  @Query(() => [BankImportDto], { description: 'The 20 most recent imports.' })
  bankImports(@CurrentPrincipal() principal: Principal): Promise<BankImportDto[]> {
    return this.imports.list(principal.organizationId);
  }
}
