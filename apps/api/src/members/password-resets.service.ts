import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/errors/app-error';
import type { Principal } from '../common/auth/principal';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { hashPassword } from '../auth/passwords';
import { passwordProblem } from '../auth/password-policy';
import { newToken, sha256 } from '../auth/one-time-token';
import type { PasswordResetLinkDto } from './dtos/member.dto';
import { NotificationsService } from '../notifications/notifications.service';
import * as sessions from '../auth/sessions.repository';
import * as members from './members.repository';
import { MembersService } from './members.service';

const RESET_HOURS = 24;

/**
 * Admin-issued one-time links to choose a new password. A password opens every organization an
 * account belongs to, so an admin may reset only accounts that belong to their organization alone.
 */
@Injectable()
export class PasswordResetsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly members: MembersService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  /** Issues a link (earlier ones stop working) and ends the member's sessions at once. */
  issue(principal: Principal, memberId: string): Promise<PasswordResetLinkDto> {
    return this.db.transaction(async (db) => {
      const member = await this.members.get(principal.organizationId, memberId, db);
      if (member.userId === principal.userId) throw AppError.conflict('Change your own password on your Account page.', 'memberId');
      if (member.status !== 'ACTIVE') throw AppError.conflict(`${member.name} is not an active member.`, 'memberId');
      await this.assertOnlyHere(db, member.userId, principal.organizationId, member.name);
      const token = newToken();
      const expiresAt = await members.insertReset(db, {
        userId: member.userId,
        organizationId: principal.organizationId,
        tokenHash: sha256(token),
        createdBy: principal.userId,
        hours: RESET_HOURS,
      });
      await sessions.revokeAllOf(db, member.userId);
      await this.audit.record(
        {
          organizationId: principal.organizationId,
          actorId: principal.userId,
          action: 'password.reset_issued',
          target: { type: 'member', id: member.id },
        },
        db,
      );
      const resetUrl = `${this.config.publicUrl}/reset/${token}`;
      const emailDelivery = await this.notifications.passwordResetIssued(db, {
        userId: member.userId,
        organizationId: principal.organizationId,
        url: resetUrl,
        expiresAt,
      });
      return { member, resetUrl, expiresAt, emailDelivery };
    });
  }

  async preview(token: string) {
    const pending = await this.findPending(this.db.manager, token);
    return { email: pending.email, organizationName: pending.organizationName, expiresAt: pending.expiresAt };
  }

  /** Sets the new password, spends the link and ends every session of the account, in one transaction. */
  reset(token: string, password: string): Promise<{ userId: string; organizationId: string }> {
    return this.db.transaction(async (db) => {
      const pending = await this.findPending(db, token);
      const problem = passwordProblem(password, { email: pending.email, name: pending.name });
      if (problem) throw AppError.badInput('password', problem);
      // The account may have joined another organization since the link was issued.
      await this.assertOnlyHere(db, pending.userId, pending.organizationId, pending.name);
      await members.useReset(db, { resetId: pending.resetId, userId: pending.userId, passwordHash: await hashPassword(password) });
      await sessions.revokeAllOf(db, pending.userId);
      await this.audit.record({ organizationId: pending.organizationId, actorId: pending.userId, action: 'password.reset_used' }, db);
      return { userId: pending.userId, organizationId: pending.organizationId };
    });
  }

  /** Deliberately vague: the admin learns that the account is shared, not where. */
  private async assertOnlyHere(db: EntityManager, userId: string, organizationId: string, name: string): Promise<void> {
    if (await members.usedElsewhere(db, userId, organizationId)) {
      throw AppError.conflict(
        `${name}'s account is also used in another organization, so only they can change its password (signed in, on their Account page).`,
        'memberId',
      );
    }
  }

  /** Locks the link and the account (a preview, outside a transaction, lets go at once). */
  private async findPending(db: EntityManager, token: string): Promise<members.PendingReset> {
    const pending = await members.pendingReset(db, sha256(token));
    if (!pending) {
      throw new AppError('NOT_FOUND', 'This password reset link is invalid, expired or already used. Ask an admin for a new one.', 'token');
    }
    return pending;
  }
}
