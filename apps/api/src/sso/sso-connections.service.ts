import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Role } from '@panelist/roles';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/auth/principal';
import { AppError } from '../common/errors/app-error';
import type { OrganizationSettingsDto } from '../organizations/dtos/organization-settings.dto';
import { OrganizationsService } from '../organizations/organizations.service';
import type { ConfigureSsoInput } from './dtos/configure-sso.input';
import type { SsoConnectionDto } from './dtos/sso-connection.dto';
import { OidcClientService, type ProviderConnection } from './oidc/oidc-client.service';
import * as sessions from '../auth/sessions.repository';
import * as sso from './sso.repository';

/** An enabled connection with what signing in through it needs. */
export interface SignInConnection extends ProviderConnection {
  allowedDomains: string[];
  defaultRole: Role;
}

/** Each organization's single sign-on connection: set up by its admins, read by the sign-in flow. */
@Injectable()
export class SsoConnectionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly oidc: OidcClientService,
    private readonly audit: AuditService,
  ) {}

  /** The connection as admins see it: everything but the secret. */
  async find(organizationId: string): Promise<SsoConnectionDto | null> {
    const row = await sso.connection(this.db, organizationId);
    return row ? { ...row, redirectUri: this.oidc.redirectUri } : null;
  }

  async enabledForSlug(slug: string): Promise<SignInConnection | null> {
    const row = await sso.enabledConnectionBySlug(this.db, slug);
    return row ?? null;
  }

  async enabledFor(organizationId: string): Promise<SignInConnection | null> {
    const row = await sso.enabledConnection(this.db, organizationId);
    return row ?? null;
  }

  /**
   * Creates or replaces the connection. Disabling it turns password sign-in back on, so that
   * switching single sign-on off can never lock everybody out.
   */
  configure(principal: Principal, input: ConfigureSsoInput): Promise<OrganizationSettingsDto> {
    const organizationId = principal.organizationId;
    return this.db.transaction(async (db) => {
      await sso.lockOrganizationRow(db, organizationId);
      const settings: sso.ConnectionSettings = {
        organizationId,
        issuer: input.issuer,
        clientId: input.clientId,
        clientSecret: input.clientSecret ?? null,
        allowedDomains: input.allowedDomains,
        defaultRole: input.defaultRole,
        enabled: input.enabled,
      };
      const updated = await sso.updateConnection(db, settings, input.version ?? null);
      if (updated === 0) await this.insert(db, settings, input);
      if (!input.enabled) {
        await sso.turnPasswordSignInOn(db, organizationId);
        await sessions.revokeSsoSessionsOf(db, organizationId);
      }
      await this.audit.record(
        {
          organizationId,
          actorId: principal.userId,
          action: 'sso.configured',
          target: { type: 'organization', id: organizationId },
          details: {
            issuer: input.issuer,
            clientId: input.clientId,
            newSecret: !!input.clientSecret,
            allowedDomains: input.allowedDomains,
            defaultRole: input.defaultRole,
            enabled: input.enabled,
          },
        },
        db,
      );
      return this.organizations.settings(organizationId, db);
    });
  }

  /** Removes the connection (people keep their accounts) and turns password sign-in back on. */
  remove(principal: Principal): Promise<OrganizationSettingsDto> {
    return this.db.transaction(async (db) => {
      await sso.lockOrganizationRow(db, principal.organizationId);
      await sso.deleteConnection(db, principal.organizationId);
      await sso.turnPasswordSignInOn(db, principal.organizationId);
      // Sessions made through a connection end with it, so re-enabling it later cannot bring them back.
      await sessions.revokeSsoSessionsOf(db, principal.organizationId);
      await this.audit.record(
        {
          organizationId: principal.organizationId,
          actorId: principal.userId,
          action: 'sso.removed',
          target: { type: 'organization', id: principal.organizationId },
        },
        db,
      );
      return this.organizations.settings(principal.organizationId, db);
    });
  }

  /** No connection yet: the first one needs a secret, and a version sent along means it was stale. */
  private async insert(db: EntityManager, settings: sso.ConnectionSettings, input: ConfigureSsoInput): Promise<void> {
    if ((await sso.connectionExists(db, settings.organizationId)) || input.version != null) {
      throw AppError.conflict('Single sign-on was changed by someone else meanwhile. Reload and try again.', 'version');
    }
    if (!settings.clientSecret) throw AppError.badInput('clientSecret', 'Enter the client secret your identity provider issued.');
    await sso.insertConnection(db, { ...settings, clientSecret: settings.clientSecret });
  }
}
