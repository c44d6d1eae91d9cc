import { Module } from '@nestjs/common';
import { BankExportResolver } from './bank-export.resolver';
import { BankExportService } from './bank-export.service';

@Module({
  providers: [BankExportResolver, BankExportService],
  exports: [BankExportService],
})
export class BankExportModule {}
