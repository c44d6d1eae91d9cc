import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppError } from '../common/errors/app-error';
import type { BankHealthDto } from './bank-health.dto';
import * as health from './bank-health.repository';

/** Four statements whatever the bank's size: counts, lists and duplicate pairs with their questions. */
@Injectable()
export class BankHealthService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async health(organizationId: string): Promise<BankHealthDto> {
    const [count, missingRubric, protectedCharacteristics, possibleDuplicates] = await Promise.all([
      health.countMissingRubric(this.db, organizationId),
      health.missingRubric(this.db, organizationId),
      health.protectedCharacteristics(this.db, organizationId),
      health.possibleDuplicates(this.db, organizationId),
    ]);
    return { missingRubricCount: count, missingRubric, protectedCharacteristics, possibleDuplicates };
  }

  /** A person judged the pair distinct: it leaves the list for good. */
  async dismiss(organizationId: string, questionA: string, questionB: string): Promise<boolean> {
    const [a, b] = questionA < questionB ? [questionA, questionB] : [questionB, questionA];
    const affected = await health.dismissPair(this.db, organizationId, a, b);
    if (affected === 0) throw AppError.notFound('That duplicate suggestion', 'questionA');
    return true;
  }
}
