import type { ApolloServerPlugin, GraphQLRequestContextDidEncounterErrors, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { GraphQLContext } from '../common/auth/request-context';
import { AppError } from '../common/errors/app-error';
import { foreignIds } from './audit.repository';
import { AuditService } from './audit.service';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

const codeOf = (error: { originalError?: unknown }) => (error.originalError instanceof AppError ? error.originalError.code : null);

/**
 * Denied access goes into the trail: every FORBIDDEN answer, and every NOT_FOUND whose request
 * named an id that exists in another organization (someone probing across tenants).
 */
@Plugin()
export class DeniedAccessPlugin implements ApolloServerPlugin<GraphQLContext> {
  private readonly logger = new Logger('Audit');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  requestDidStart(): Promise<GraphQLRequestListener<GraphQLContext>> {
    return Promise.resolve({
      // The answer goes out whatever happens here; a trail that cannot be written is logged, not thrown.
      didEncounterErrors: (context) =>
        this.recordDenials(context).catch((error: unknown) => this.logger.error(`could not record denied access: ${String(error)}`)),
    });
  }

  private async recordDenials(context: GraphQLRequestContextDidEncounterErrors<GraphQLContext>): Promise<void> {
    const principal = context.contextValue.req?.user;
    const codes = new Set(context.errors.map(codeOf));
    if (!principal || (!codes.has('FORBIDDEN') && !codes.has('NOT_FOUND'))) return;
    const operation = context.operationName ?? context.operation?.name?.value ?? null;
    const base = { organizationId: principal.organizationId, actorId: principal.userId, action: 'access.denied' as const };
    const events = [];
    if (codes.has('FORBIDDEN')) events.push({ ...base, details: { operation, answer: 'FORBIDDEN', role: principal.role } });
    if (codes.has('NOT_FOUND')) {
      const asked = [
        ...new Set(`${context.request.query ?? ''} ${JSON.stringify(context.request.variables ?? {})}`.match(UUID) ?? []),
      ].slice(0, 50);
      const foreign = asked.length ? await foreignIds(this.db, asked, principal.organizationId) : [];
      for (const row of foreign)
        events.push({ ...base, target: { type: row.kind, id: row.id }, details: { operation, answer: 'NOT_FOUND' } });
    }
    await this.audit.recordMany(events);
  }
}
