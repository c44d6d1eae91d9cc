import { Global, Module } from '@nestjs/common';
import { AuditRetentionService } from './audit-retention.service';
import { AuditTrailService } from './audit-trail.service';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';
import { DeniedAccessPlugin } from './denied-access.plugin';

/** Global: every feature records its own changes in the trail, in its own transactions. */
@Global()
@Module({
  providers: [AuditService, AuditTrailService, AuditRetentionService, AuditResolver, DeniedAccessPlugin],
  exports: [AuditService],
})
export class AuditModule {}
