import { Module } from '@nestjs/common';
import { CandidateDataResolver } from './candidate-data.resolver';
import { CandidateErasureService } from './candidate-erasure.service';
import { CandidateExportService } from './candidate-export.service';
import { CandidateRetentionResolver } from './candidate-retention.resolver';
import { CandidateRetentionService } from './candidate-retention.service';

/** Candidates' data rights: export, erasure and retention (issue 11). */
@Module({
  providers: [
    CandidateDataResolver,
    CandidateRetentionResolver,
    CandidateExportService,
    CandidateErasureService,
    CandidateRetentionService,
  ],
})
export class CandidateDataModule {}
