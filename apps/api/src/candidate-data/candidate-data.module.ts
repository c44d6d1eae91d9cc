import { Module } from '@nestjs/common';
import { CandidateDataResolver } from './candidate-data.resolver';
import { CandidateErasureService } from './candidate-erasure.service';
import { CandidateExportService } from './candidate-export.service';

/** Candidates' data rights: export and erasure (issue 11). */
@Module({
  providers: [CandidateDataResolver, CandidateExportService, CandidateErasureService],
})
export class CandidateDataModule {}
