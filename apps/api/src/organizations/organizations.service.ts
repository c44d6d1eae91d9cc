import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/errors/app-error';
import type { Principal } from '../common/auth/principal';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { AuthService } from '../auth/auth.service';
import { InvitationsService } from '../members/invitations.service';
import type { OrganizationDto } from './dtos/organization.dto';
import type { OrganizationSettingsDto } from './dtos/organization-settings.dto';
import type { UpdateOrganizationInput } from './dtos/organization.input';
import { slugFrom } from './organization-slug';
import * as sessions from '../auth/sessions.repository';
import * as organizations from './organizations.repository';

/** Creating organizations and their settings. Settings are always those of the caller's organization. */
@Injectable()
export class OrganizationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly auth: AuthService,
    private readonly invitations: InvitationsService,
    private readonly audit: AuditService,
  ) {}

  /** The caller becomes the new organization's admin; returns its id. */
  async create(principal: Principal, name: string): Promise<string> {
    await this.assertMayCreate(principal);
    return this.db.transaction(async (db) => {
      const organization = await this.insert(db, name);
      await organizations.addActiveAdmin(db, organization.id, principal.userId);
      await this.audit.record(
        {
          organizationId: organization.id,
          actorId: principal.userId,
          action: 'organization.created',
          target: { type: 'organization', id: organization.id },
          details: { name: organization.name },
        },
        db,
      );
      return organization.id;
    });
  }

  /** For a fresh install (the `org create` command): the organization and a one-time link for its first admin. */
  createWithFirstAdmin(input: { name: string; adminEmail: string; adminName?: string }) {
    return this.db.transaction(async (db) => {
      const organization = await this.insert(db, input.name);
      const adminName = input.adminName?.trim() || input.adminEmail.split('@')[0];
      const link = await this.invitations.invite(db, {
        organizationId: organization.id,
        email: input.adminEmail,
        name: adminName,
        role: 'ADMIN',
        createdBy: null,
      });
      await this.audit.record(
        {
          organizationId: organization.id,
          actorLabel: 'operator (command line)',
          action: 'organization.created',
          target: { type: 'organization', id: organization.id },
          details: { name: organization.name },
        },
        db,
      );
      return { organization, inviteUrl: link.url, expiresAt: link.expiresAt };
    });
  }

  async settings(organizationId: string, db: EntityManager = this.db.manager): Promise<OrganizationSettingsDto> {
    const settings = await organizations.settings(db, organizationId);
    if (!settings) throw AppError.notFound('That organization');
    return settings;
  }

  rename(principal: Principal, input: UpdateOrganizationInput): Promise<OrganizationSettingsDto> {
    return this.db.transaction(async (db) => {
      const renamed = await organizations.rename(db, principal.organizationId, input.name.trim(), input.version);
      if (!renamed) throw AppError.conflict('The organization was changed by someone else meanwhile. Reload and try again.', 'version');
      await this.audit.record(
        {
          organizationId: principal.organizationId,
          actorId: principal.userId,
          action: 'organization.renamed',
          target: { type: 'organization', id: principal.organizationId },
          details: { name: renamed.name },
        },
        db,
      );
      return renamed;
    });
  }

  /** Password sign-in can be switched off only while single sign-on is there to take its place. */
  setPasswordSignIn(principal: Principal, enabled: boolean): Promise<OrganizationSettingsDto> {
    return this.db.transaction(async (db) => {
      if (!enabled) {
        if (!(await organizations.lockEnabledSso(db, principal.organizationId))) {
          throw AppError.conflict('Set up and enable single sign-on first, or nobody could sign in.', 'enabled');
        }
      }
      await organizations.updatePasswordSignIn(db, principal.organizationId, enabled);
      // Password sessions end for good: switching passwords back on later must not revive them.
      if (!enabled) {
        await sessions.revokePasswordSessionsIn(db, principal.organizationId);
      }
      await this.audit.record(
        {
          organizationId: principal.organizationId,
          actorId: principal.userId,
          action: 'organization.settings_changed',
          target: { type: 'organization', id: principal.organizationId },
          details: { passwordSignIn: enabled },
        },
        db,
      );
      return this.settings(principal.organizationId, db);
    });
  }

  private async assertMayCreate(principal: Principal): Promise<void> {
    if (principal.ssoOrganizationId) {
      throw AppError.forbidden('You signed in through single sign-on; sign in with your password to create an organization.');
    }
    if (this.config.organizationCreation === 'cli') {
      throw AppError.forbidden('On this Panelist, organizations are created by the operator (npm run org -- create).');
    }
    if (this.config.organizationCreation === 'admins' && !(await this.auth.isAdminSomewhere(principal.userId))) {
      throw AppError.forbidden('On this Panelist, only admins of an organization may create another.');
    }
  }

  /** A free slug: the name's, else the name's with a short random suffix. */
  private async insert(db: EntityManager, name: string): Promise<OrganizationDto> {
    const base = slugFrom(name);
    for (const slug of [base, `${base}-${randomBytes(3).toString('hex')}`, `${base}-${randomBytes(4).toString('hex')}`]) {
      const created = await organizations.insert(db, name.trim(), slug);
      if (created) return created;
    }
    throw AppError.conflict('Could not find a free short name for this organization; try another name.', 'name');
  }
}
