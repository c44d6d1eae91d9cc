import { Module } from '@nestjs/common';
import { QuestionsModule } from '../questions/questions.module';
import { BankImportsResolver } from './bank-imports.resolver';
import { BankReader } from './bank-reader';
import { BankImportsService } from './bank-imports.service';

@Module({
  imports: [QuestionsModule],
  providers: [BankImportsResolver, BankImportsService, BankReader],
  exports: [BankImportsService],
})
export class BankImportsModule {}
