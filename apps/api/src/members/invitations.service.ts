import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Role } from '@panelist/roles';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/errors/app-error';
import { SignInAttempts } from '../common/throttling/sign-in-attempts';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { hashPassword, verifyPassword } from '../auth/passwords';
import { passwordProblem } from '../auth/password-policy';
import { newToken, sha256 } from '../auth/one-time-token';

const INVITATION_DAYS = 7;

interface PendingInvitation {
  invitation_id: string;
  membership_id: string;
  user_id: string;
  organization_id: string;
  role: Role;
  email: string;
  name: string;
  organization_name: string;
  password_sign_in: boolean;
  expires_at: Date;
  password_hash: string | null;
  claimed: boolean;
}

export interface InvitationLink {
  url: string;
  expiresAt: Date;
}

export interface AcceptedInvitation {
  userId: string;
  organizationId: string;
  role: Role;
}

/**
 * Membership only by consent: a person joins an organization by accepting that organization's own
 * one-time link (tokens are stored hashed). The link sets a password only for an account nobody has
 * claimed yet; an existing account proves itself with its password or its signed-in session.
 */
@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly attempts: SignInAttempts,
  ) {}

  /**
   * Invites an email into an organization: the same INVITED membership and link whether or not the
   * email already has an account, so the answer reveals nothing about other organizations.
   */
  async invite(
    db: EntityManager,
    invitation: { organizationId: string; email: string; name: string; role: Role; createdBy: string | null },
  ): Promise<InvitationLink & { membershipId: string }> {
    const email = invitation.email.trim();
    const name = invitation.name.trim();
    const [user] = await db.query<Array<{ id: string }>>(
      `INSERT INTO users (email, name) VALUES ($1, $2)
       ON CONFLICT (lower(email)) DO UPDATE SET updated_at = users.updated_at RETURNING id`,
      [email, name],
    );
    const inserted = await db.query<Array<{ id: string }>>(
      `INSERT INTO memberships (organization_id, user_id, role, status, invited_email, invited_name)
       VALUES ($1, $2, $3, 'INVITED', $4, $5)
       ON CONFLICT (organization_id, user_id) DO NOTHING RETURNING id`,
      [invitation.organizationId, user.id, invitation.role, email, name],
    );
    if (inserted.length === 0) throw AppError.conflict(`${email} is already a member of this organization or invited to it.`, 'email');
    const link = await this.issue(db, inserted[0].id, invitation.createdBy);
    await this.audit.record(
      {
        organizationId: invitation.organizationId,
        actorId: invitation.createdBy,
        action: 'member.invited',
        target: { type: 'member', id: inserted[0].id },
        details: { email, role: invitation.role },
      },
      db,
    );
    return { ...link, membershipId: inserted[0].id };
  }

  /** Revokes earlier links for the membership and issues a new one. */
  async issue(db: EntityManager, membershipId: string, createdBy: string | null): Promise<InvitationLink> {
    const token = newToken();
    await db.query(`UPDATE invitations SET revoked_at = now() WHERE membership_id = $1 AND accepted_at IS NULL AND revoked_at IS NULL`, [membershipId]);
    const [{ expires_at }] = await db.query<Array<{ expires_at: Date }>>(
      `INSERT INTO invitations (membership_id, token_hash, created_by, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(days => $4)) RETURNING expires_at`,
      [membershipId, sha256(token), createdBy, INVITATION_DAYS],
    );
    return { url: `${this.config.publicUrl}/invite/${token}`, expiresAt: expires_at };
  }

  async preview(token: string) {
    const pending = await this.findPending(this.db.manager, token, false);
    return {
      email: pending.email,
      name: pending.name,
      organizationName: pending.organization_name,
      role: pending.role,
      expiresAt: pending.expires_at,
    };
  }

  /**
   * Signed out, from the link: an unclaimed account chooses its password (and any session it might
   * have ends); a claimed account must give its current password, whose wrong guesses count against
   * the account as on the sign-in form. Either way the membership becomes active and the link is
   * spent, in one transaction.
   */
  acceptWithPassword(token: string, password: string): Promise<AcceptedInvitation & { claimed: boolean }> {
    return this.db.transaction(async (db) => {
      const pending = await this.findPending(db, token, true);
      if (!pending.password_sign_in) {
        throw AppError.forbidden(
          `${pending.organization_name} signs in with single sign-on. Sign in through it, then open this link again.`,
        );
      }
      if (pending.claimed) {
        await this.attempts.guard(pending.email, async () => {
          if (!(await verifyPassword(pending.password_hash, password))) {
            throw new AppError('UNAUTHENTICATED', 'This email already has a Panelist account and that is not its password.', 'password');
          }
        });
      } else {
        const problem = passwordProblem(password, { email: pending.email, name: pending.name });
        if (problem) throw AppError.badInput('password', problem);
        await db.query(
          `UPDATE users SET password_hash = $2, name = $3, activated_at = now(), updated_at = now() WHERE id = $1`,
          [pending.user_id, await hashPassword(password), pending.name],
        );
        await db.query(`UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [pending.user_id]);
      }
      await this.activate(db, pending, { newAccount: !pending.claimed, signedIn: false });
      return { userId: pending.user_id, organizationId: pending.organization_id, role: pending.role, claimed: !pending.claimed };
    });
  }

  /** Signed in: joins with the caller's own account, which must be the one the link was made for. */
  acceptForAccount(token: string, userId: string): Promise<AcceptedInvitation> {
    return this.db.transaction(async (db) => {
      const pending = await this.findPending(db, token, true);
      if (pending.user_id !== userId) {
        throw new AppError('FORBIDDEN', `This invitation is for ${pending.email}, not for the account you are signed in with.`, 'token');
      }
      await this.activate(db, pending, { newAccount: false, signedIn: true });
      return { userId, organizationId: pending.organization_id, role: pending.role };
    });
  }

  private async activate(db: EntityManager, pending: PendingInvitation, how: { newAccount: boolean; signedIn: boolean }): Promise<void> {
    await db.query(
      `UPDATE memberships SET status = 'ACTIVE', version = version + 1, updated_at = now() WHERE id = $1 AND status = 'INVITED'`,
      [pending.membership_id],
    );
    await db.query(`UPDATE invitations SET accepted_at = now() WHERE id = $1`, [pending.invitation_id]);
    await this.audit.record(
      {
        organizationId: pending.organization_id,
        actorId: pending.user_id,
        action: 'invitation.accepted',
        target: { type: 'member', id: pending.membership_id },
        details: { role: pending.role, ...how },
      },
      db,
    );
  }

  private async findPending(db: EntityManager, token: string, lock: boolean): Promise<PendingInvitation> {
    const rows = await db.query<PendingInvitation[]>(
      `SELECT i.id AS invitation_id, m.id AS membership_id, m.user_id, m.organization_id, m.role,
              coalesce(m.invited_email, u.email) AS email, coalesce(m.invited_name, u.name) AS name,
              o.name AS organization_name, o.password_sign_in, i.expires_at,
              u.password_hash, u.activated_at IS NOT NULL AS claimed
         FROM invitations i
         JOIN memberships m ON m.id = i.membership_id
         JOIN users u ON u.id = m.user_id
         JOIN organizations o ON o.id = m.organization_id
        WHERE i.token_hash = $1 AND i.accepted_at IS NULL AND i.revoked_at IS NULL
          AND i.expires_at > now() AND m.status = 'INVITED'
        ${lock ? 'FOR UPDATE OF i, m, u' : ''}`,
      [sha256(token)],
    );
    if (rows.length === 0) {
      throw new AppError('NOT_FOUND', 'This invitation link is invalid, expired or already used. Ask an admin for a new one.', 'token');
    }
    return rows[0];
  }
}
