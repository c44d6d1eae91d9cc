import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/auth/principal';
import { AppError } from '../common/errors/app-error';
import * as candidateData from './candidate-data.repository';
import { exportDocument, type ExportRows } from './candidate-export.document';
import type { CandidateExportFileDto } from './dtos/candidate-export-file.dto';

/**
 * Export (GDPR articles 15 and 20): everything about one candidate as one JSON document, read in a
 * fixed number of statements from one snapshot, and recorded in the trail.
 */
@Injectable()
export class CandidateExportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  export(principal: Principal, candidateId: string): Promise<CandidateExportFileDto> {
    return this.db.transaction('REPEATABLE READ', async (db) => {
      const rows = await this.load(db, principal.organizationId, candidateId);
      await this.audit.record(
        {
          organizationId: principal.organizationId,
          actorId: principal.userId,
          action: 'candidate.exported',
          target: { type: 'candidate', id: candidateId },
        },
        db,
      );
      const exportedAt = new Date();
      return {
        fileName: `candidate-${candidateId.slice(0, 8)}-${exportedAt.toISOString().slice(0, 10)}.json`,
        content: `${JSON.stringify(exportDocument(rows, exportedAt), null, 2)}\n`,
      };
    });
  }

  private async load(db: EntityManager, organizationId: string, candidateId: string): Promise<ExportRows> {
    const candidate = await candidateData.exportCandidateRow(db, organizationId, candidateId);
    if (!candidate) throw AppError.notFound('That candidate', 'candidateId');
    // Every statement is keyed by the one candidate: nothing of anyone else can be selected.
    return {
      candidate,
      loops: await candidateData.exportLoopRows(db, candidateId),
      interviews: await candidateData.exportInterviewRows(db, candidateId),
      scorecards: await candidateData.exportScorecardRows(db, candidateId),
      revisions: await candidateData.exportRevisionRows(db, candidateId),
      decisions: await candidateData.exportDecisionRows(db, candidateId),
      auditEvents: await candidateData.exportAuditRows(db, organizationId, candidateId),
    };
  }
}
