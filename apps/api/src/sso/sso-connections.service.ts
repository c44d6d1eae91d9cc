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

/** An enabled connection with what signing in through it needs. */
export interface SignInConnection extends ProviderConnection {
  allowedDomains: string[];
  defaultRole: Role;
}

const SIGN_IN_COLUMNS = `c.organization_id AS "organizationId", c.issuer, c.client_id AS "clientId", c.client_secret AS "clientSecret",
  c.version, c.allowed_domains AS "allowedDomains", c.default_role AS "defaultRole"`;

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
    const [row] = await this.db.query<Array<Omit<SsoConnectionDto, 'redirectUri'>>>(
      `SELECT issuer, client_id AS "clientId", client_secret <> '' AS "hasClientSecret", allowed_domains AS "allowedDomains",
              default_role AS "defaultRole", enabled, version
         FROM sso_connections WHERE organization_id = $1`,
      [organizationId],
    );
    return row ? { ...row, redirectUri: this.oidc.redirectUri } : null;
  }

  async enabledForSlug(slug: string): Promise<SignInConnection | null> {
    const [row] = await this.db.query<SignInConnection[]>(
      `SELECT ${SIGN_IN_COLUMNS} FROM organizations o JOIN sso_connections c ON c.organization_id = o.id WHERE o.slug = $1 AND c.enabled`,
      [slug],
    );
    return row ?? null;
  }

  async enabledFor(organizationId: string): Promise<SignInConnection | null> {
    const [row] = await this.db.query<SignInConnection[]>(
      `SELECT ${SIGN_IN_COLUMNS} FROM sso_connections c WHERE c.organization_id = $1 AND c.enabled`,
      [organizationId],
    );
    return row ?? null;
  }

  /**
   * Creates or replaces the connection. Disabling it turns password sign-in back on, so that
   * switching single sign-on off can never lock everybody out.
   */
  configure(principal: Principal, input: ConfigureSsoInput): Promise<OrganizationSettingsDto> {
    const organizationId = principal.organizationId;
    return this.db.transaction(async (db) => {
      await db.query(`SELECT 1 FROM organizations WHERE id = $1 FOR UPDATE`, [organizationId]);
      const values = [organizationId, input.issuer, input.clientId, input.clientSecret ?? null, input.allowedDomains, input.defaultRole, input.enabled];
      const [, updated] = await db.query<[unknown[], number]>(
        `UPDATE sso_connections
            SET issuer = $2, client_id = $3, client_secret = COALESCE($4, client_secret), allowed_domains = $5,
                default_role = $6, enabled = $7, version = version + 1, updated_at = now()
          WHERE organization_id = $1 AND ($8::int IS NULL OR version = $8)`,
        [...values, input.version ?? null],
      );
      if (updated === 0) await this.insert(db, values, input);
      if (!input.enabled) {
        await this.allowPasswordSignIn(db, organizationId);
        await this.endSsoSessions(db, organizationId);
      }
      await this.audit.record(
        {
          organizationId,
          actorId: principal.userId,
          action: 'sso.configured',
          target: { type: 'organization', id: organizationId },
          details: { issuer: input.issuer, clientId: input.clientId, newSecret: !!input.clientSecret, allowedDomains: input.allowedDomains, defaultRole: input.defaultRole, enabled: input.enabled },
        },
        db,
      );
      return this.organizations.settings(organizationId, db);
    });
  }

  /** Removes the connection (people keep their accounts) and turns password sign-in back on. */
  remove(principal: Principal): Promise<OrganizationSettingsDto> {
    return this.db.transaction(async (db) => {
      await db.query(`SELECT 1 FROM organizations WHERE id = $1 FOR UPDATE`, [principal.organizationId]);
      await db.query(`DELETE FROM sso_connections WHERE organization_id = $1`, [principal.organizationId]);
      await this.allowPasswordSignIn(db, principal.organizationId);
      await this.endSsoSessions(db, principal.organizationId);
      await this.audit.record({ organizationId: principal.organizationId, actorId: principal.userId, action: 'sso.removed', target: { type: 'organization', id: principal.organizationId } }, db);
      return this.organizations.settings(principal.organizationId, db);
    });
  }

  /** No connection yet: the first one needs a secret, and a version sent along means it was stale. */
  private async insert(db: EntityManager, values: unknown[], input: ConfigureSsoInput): Promise<void> {
    const [exists] = await db.query<unknown[]>(`SELECT 1 FROM sso_connections WHERE organization_id = $1`, [values[0]]);
    if (exists || input.version != null) {
      throw AppError.conflict('Single sign-on was changed by someone else meanwhile. Reload and try again.', 'version');
    }
    if (!input.clientSecret) throw AppError.badInput('clientSecret', 'Enter the client secret your identity provider issued.');
    await db.query(
      `INSERT INTO sso_connections (organization_id, issuer, client_id, client_secret, allowed_domains, default_role, enabled)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      values,
    );
  }

  /** Sessions made through a connection end with it, so re-enabling it later cannot bring them back. */
  private async endSsoSessions(db: EntityManager, organizationId: string): Promise<void> {
    await db.query(`UPDATE sessions SET revoked_at = now() WHERE sso_organization_id = $1 AND revoked_at IS NULL`, [organizationId]);
  }

  private async allowPasswordSignIn(db: EntityManager, organizationId: string): Promise<void> {
    await db.query(
      `UPDATE organizations SET password_sign_in = true, version = version + 1, updated_at = now() WHERE id = $1 AND NOT password_sign_in`,
      [organizationId],
    );
  }
}
