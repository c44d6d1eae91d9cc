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
import { MembersService } from './members.service';

const RESET_HOURS = 24;

interface PendingReset {
  reset_id: string;
  user_id: string;
  organization_id: string;
  email: string;
  name: string;
  organization_name: string;
  expires_at: Date;
}

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
  ) {}

  /** Issues a link (earlier ones stop working) and ends the member's sessions at once. */
  issue(principal: Principal, memberId: string): Promise<PasswordResetLinkDto> {
    return this.db.transaction(async (db) => {
      const member = await this.members.get(principal.organizationId, memberId, db);
      if (member.userId === principal.userId) throw AppError.conflict('Change your own password on your Account page.', 'memberId');
      if (member.status !== 'ACTIVE') throw AppError.conflict(`${member.name} is not an active member.`, 'memberId');
      await this.assertOnlyHere(db, member.userId, principal.organizationId, member.name);
      const token = newToken();
      await db.query(`UPDATE password_resets SET revoked_at = now() WHERE user_id = $1 AND used_at IS NULL AND revoked_at IS NULL`, [member.userId]);
      const [{ expires_at }] = await db.query<Array<{ expires_at: Date }>>(
        `INSERT INTO password_resets (user_id, organization_id, token_hash, created_by, expires_at)
         VALUES ($1, $2, $3, $4, now() + make_interval(hours => $5)) RETURNING expires_at`,
        [member.userId, principal.organizationId, sha256(token), principal.userId, RESET_HOURS],
      );
      await db.query(`UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [member.userId]);
      await this.audit.record(
        { organizationId: principal.organizationId, actorId: principal.userId, action: 'password.reset_issued', target: { type: 'member', id: member.id } },
        db,
      );
      return { member, resetUrl: `${this.config.publicUrl}/reset/${token}`, expiresAt: expires_at };
    });
  }

  async preview(token: string) {
    const pending = await this.findPending(this.db.manager, token, false);
    return { email: pending.email, organizationName: pending.organization_name, expiresAt: pending.expires_at };
  }

  /** Sets the new password, spends the link and ends every session of the account, in one transaction. */
  reset(token: string, password: string): Promise<{ userId: string; organizationId: string }> {
    return this.db.transaction(async (db) => {
      const pending = await this.findPending(db, token, true);
      const problem = passwordProblem(password, { email: pending.email, name: pending.name });
      if (problem) throw AppError.badInput('password', problem);
      // The account may have joined another organization since the link was issued.
      await this.assertOnlyHere(db, pending.user_id, pending.organization_id, pending.name);
      await db.query(
        `UPDATE users SET password_hash = $2, activated_at = coalesce(activated_at, now()), updated_at = now() WHERE id = $1`,
        [pending.user_id, await hashPassword(password)],
      );
      await db.query(`UPDATE password_resets SET used_at = now() WHERE id = $1`, [pending.reset_id]);
      await db.query(`UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [pending.user_id]);
      await this.audit.record({ organizationId: pending.organization_id, actorId: pending.user_id, action: 'password.reset_used' }, db);
      return { userId: pending.user_id, organizationId: pending.organization_id };
    });
  }

  /** Deliberately vague: the admin learns that the account is shared, not where. */
  private async assertOnlyHere(db: EntityManager, userId: string, organizationId: string, name: string): Promise<void> {
    const elsewhere = await db.query<unknown[]>(
      `SELECT 1 FROM memberships WHERE user_id = $1 AND organization_id <> $2 AND status <> 'INVITED' LIMIT 1`,
      [userId, organizationId],
    );
    if (elsewhere.length > 0) {
      throw AppError.conflict(
        `${name}'s account is also used in another organization, so only they can change its password (signed in, on their Account page).`,
        'memberId',
      );
    }
  }

  private async findPending(db: EntityManager, token: string, lock: boolean): Promise<PendingReset> {
    const rows = await db.query<PendingReset[]>(
      `SELECT r.id AS reset_id, r.user_id, r.organization_id, u.email, u.name, o.name AS organization_name, r.expires_at
         FROM password_resets r
         JOIN users u ON u.id = r.user_id
         JOIN organizations o ON o.id = r.organization_id
         JOIN memberships m ON m.user_id = r.user_id AND m.organization_id = r.organization_id AND m.status = 'ACTIVE'
        WHERE r.token_hash = $1 AND r.used_at IS NULL AND r.revoked_at IS NULL AND r.expires_at > now()
        ${lock ? 'FOR UPDATE OF r, u' : ''}`,
      [sha256(token)],
    );
    if (rows.length === 0) {
      throw new AppError('NOT_FOUND', 'This password reset link is invalid, expired or already used. Ask an admin for a new one.', 'token');
    }
    return rows[0];
  }
}
