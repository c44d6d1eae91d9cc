import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../common/auth/access.decorators';
import { CurrentPrincipal } from '../common/auth/current-principal.decorator';
import type { Principal } from '../common/auth/principal';
import { AppError } from '../common/errors/app-error';
import { CsvFileDto } from '../panel-scorecards/dtos/panel-scorecard.dto';
import { AUDIT_ACTIONS } from './audit-actions';
import { AuditRetentionService } from './audit-retention.service';
import { AuditTrailService } from './audit-trail.service';
import { AuditEventPageDto, AuditSettingsDto } from './dtos/audit-event.dto';
import { AuditFilterInput } from './dtos/audit-filter.input';

/** Typed as the class (not `| null`) so the validation pipe sees its rules; null still arrives as null. */
const FILTER_ARG = { type: () => AuditFilterInput, nullable: true } as const;

@Resolver()
export class AuditResolver {
  constructor(
    private readonly trail: AuditTrailService,
    private readonly retention: AuditRetentionService,
  ) {}

  @Roles('ADMIN')
  @Query(() => AuditEventPageDto, { description: "The organization's audit trail, newest first, a page at a time." })
  auditEvents(
    @CurrentPrincipal() principal: Principal,
    @Args('filter', FILTER_ARG) filter: AuditFilterInput,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<AuditEventPageDto> {
    if (!Number.isInteger(first) || first < 1 || first > 200) throw AppError.badInput('first', 'First must be between 1 and 200.');
    if (after && after.length > 200) throw AppError.badInput('after', 'After must be a cursor this query returned.');
    return this.trail.page(principal.organizationId, filter ?? {}, first, after);
  }

  @Roles('ADMIN')
  @Query(() => CsvFileDto, { description: 'The filtered audit trail as CSV (at most 50,000 rows).' })
  async auditEventsCsv(
    @CurrentPrincipal() principal: Principal,
    @Args('filter', FILTER_ARG) filter: AuditFilterInput,
  ): Promise<CsvFileDto> {
    return {
      fileName: `audit-trail-${new Date().toISOString().slice(0, 10)}.csv`,
      content: await this.trail.csv(principal.organizationId, filter ?? {}),
    };
  }

  @Roles('ADMIN')
  @Query(() => [String], { description: 'Every action the trail records, for filters.' })
  auditActions(): string[] {
    return [...AUDIT_ACTIONS];
  }

  @Roles('ADMIN')
  @Query(() => AuditSettingsDto)
  async auditSettings(@CurrentPrincipal() principal: Principal): Promise<AuditSettingsDto> {
    return { retentionDays: await this.retention.retentionDays(principal.organizationId) };
  }

  @Roles('ADMIN')
  @Mutation(() => AuditSettingsDto, { description: 'How long audit events are kept, in days (30 to 3650).' })
  async setAuditRetention(
    @CurrentPrincipal() principal: Principal,
    @Args('days', { type: () => Int }) days: number,
  ): Promise<AuditSettingsDto> {
    if (!Number.isInteger(days) || days < 30 || days > 3650) throw AppError.badInput('days', 'Retention must be between 30 and 3650 days.');
    return { retentionDays: await this.retention.setRetentionDays(principal, days) };
  }
}
