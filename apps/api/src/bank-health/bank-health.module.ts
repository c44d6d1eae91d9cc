import { Module } from '@nestjs/common';
import { BankHealthResolver } from './bank-health.resolver';
import { BankHealthService } from './bank-health.service';

@Module({ providers: [BankHealthResolver, BankHealthService] })
export class BankHealthModule {}
