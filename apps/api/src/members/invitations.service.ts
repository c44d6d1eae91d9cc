import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Role } from '@panelist/roles';
import { AppError } from '../common/errors/app-error';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { hashPassword } from '../auth/passwords';

const INVITATION_DAYS = 7;

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

interface PendingInvitation {
  invitation_id: string;
  membership_id: string;
  user_id: string;
  organization_id: string;
  role: Role;
  email: string;
  name: string;
  organization_name: string;
}

/** One-time links that let an added person choose a password. Tokens are stored hashed. */
@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Revokes earlier links for the membership and issues a new one; returns the link to share. */
  async issue(db: EntityManager, membershipId: string, createdBy: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await db.query(`UPDATE invitations SET revoked_at = now() WHERE membership_id = $1 AND accepted_at IS NULL AND revoked_at IS NULL`, [membershipId]);
    await db.query(
      `INSERT INTO invitations (membership_id, token_hash, created_by, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(days => $4))`,
      [membershipId, sha256(token), createdBy, INVITATION_DAYS],
    );
    return `${this.config.publicUrl}/invite/${token}`;
  }

  async preview(token: string) {
    const pending = await this.findPending(this.db.manager, token, false);
    return { email: pending.email, name: pending.name, organizationName: pending.organization_name, role: pending.role };
  }

  /** Sets the password, activates the membership and spends the link, all in one transaction. */
  async accept(token: string, password: string): Promise<{ userId: string; organizationId: string; role: Role }> {
    const passwordHash = await hashPassword(password);
    return this.db.transaction(async (db) => {
      const pending = await this.findPending(db, token, true);
      await db.query(`UPDATE users SET password_hash = $2, updated_at = now() WHERE id = $1`, [pending.user_id, passwordHash]);
      await db.query(
        `UPDATE memberships SET status = 'ACTIVE', version = version + 1, updated_at = now() WHERE id = $1 AND status = 'INVITED'`,
        [pending.membership_id],
      );
      await db.query(`UPDATE invitations SET accepted_at = now() WHERE id = $1`, [pending.invitation_id]);
      return { userId: pending.user_id, organizationId: pending.organization_id, role: pending.role };
    });
  }

  private async findPending(db: EntityManager, token: string, lock: boolean): Promise<PendingInvitation> {
    const rows = await db.query<PendingInvitation[]>(
      `SELECT i.id AS invitation_id, m.id AS membership_id, m.user_id, m.organization_id, m.role,
              u.email, u.name, o.name AS organization_name
         FROM invitations i
         JOIN memberships m ON m.id = i.membership_id
         JOIN users u ON u.id = m.user_id
         JOIN organizations o ON o.id = m.organization_id
        WHERE i.token_hash = $1 AND i.accepted_at IS NULL AND i.revoked_at IS NULL
          AND i.expires_at > now() AND m.status = 'INVITED'
        ${lock ? 'FOR UPDATE OF i' : ''}`,
      [sha256(token)],
    );
    if (rows.length === 0) {
      throw new AppError('NOT_FOUND', 'This invitation link is invalid, expired or already used. Ask an admin for a new one.', 'token');
    }
    return rows[0];
  }
}
