import { Module } from '@nestjs/common';
import { QuestionsModule } from '../questions/questions.module';
import { BankImportsResolver } from './bank-imports.resolver';
import { BankImportsService } from './bank-imports.service';

@Module({
  imports: [QuestionsModule],
  providers: [BankImportsResolver, BankImportsService],
  exports: [BankImportsService],
})
export class BankImportsModule {}
