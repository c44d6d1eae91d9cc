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
import type { EmailDelivery } from '../mail/mail.service';
import { NotificationsService } from '../notifications/notifications.service';
import * as sessions from '../auth/sessions.repository';
import * as members from './members.repository';
import type { PendingInvitation } from './members.repository';

const INVITATION_DAYS = 7;

export interface InvitationLink {
  url: string;
  expiresAt: Date;
  /** The link is also emailed to the person when SMTP is configured. */
  emailDelivery: EmailDelivery;
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
    private readonly notifications: NotificationsService,
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
    const membershipId = await members.insertInvitedMember(db, {
      organizationId: invitation.organizationId,
      email,
      name,
      role: invitation.role,
    });
    if (!membershipId) throw AppError.conflict(`${email} is already a member of this organization or invited to it.`, 'email');
    const link = await this.issue(db, membershipId, invitation.createdBy);
    await this.audit.record(
      {
        organizationId: invitation.organizationId,
        actorId: invitation.createdBy,
        action: 'member.invited',
        target: { type: 'member', id: membershipId },
        details: { email, role: invitation.role },
      },
      db,
    );
    return { ...link, membershipId };
  }

  /** Revokes earlier links for the membership and issues a new one, emailed in the same transaction. */
  async issue(db: EntityManager, membershipId: string, createdBy: string | null): Promise<InvitationLink> {
    const token = newToken();
    const expiresAt = await members.insertInvitationLink(db, { membershipId, tokenHash: sha256(token), createdBy, days: INVITATION_DAYS });
    const url = `${this.config.publicUrl}/invite/${token}`;
    const emailDelivery = await this.notifications.invitationIssued(db, membershipId, { url, expiresAt });
    return { url, expiresAt, emailDelivery };
  }

  async preview(token: string) {
    const pending = await this.findPending(this.db.manager, token);
    return {
      email: pending.email,
      name: pending.name,
      organizationName: pending.organizationName,
      role: pending.role,
      expiresAt: pending.expiresAt,
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
      const pending = await this.findPending(db, token);
      if (!pending.passwordSignIn) {
        throw AppError.forbidden(
          `${pending.organizationName} signs in with single sign-on. Sign in through it, then open this link again.`,
        );
      }
      if (pending.claimed) {
        await this.attempts.guard(pending.email, async () => {
          if (!(await verifyPassword(pending.passwordHash, password))) {
            throw new AppError('UNAUTHENTICATED', 'This email already has a Panelist account and that is not its password.', 'password');
          }
        });
      } else {
        const problem = passwordProblem(password, { email: pending.email, name: pending.name });
        if (problem) throw AppError.badInput('password', problem);
        await members.claimAccount(db, { userId: pending.userId, passwordHash: await hashPassword(password), name: pending.name });
        await sessions.revokeAllOf(db, pending.userId);
      }
      await this.activate(db, pending, { newAccount: !pending.claimed, signedIn: false });
      return { userId: pending.userId, organizationId: pending.organizationId, role: pending.role, claimed: !pending.claimed };
    });
  }

  /** Signed in: joins with the caller's own account, which must be the one the link was made for. */
  acceptForAccount(token: string, userId: string): Promise<AcceptedInvitation> {
    return this.db.transaction(async (db) => {
      const pending = await this.findPending(db, token);
      if (pending.userId !== userId) {
        throw new AppError('FORBIDDEN', `This invitation is for ${pending.email}, not for the account you are signed in with.`, 'token');
      }
      await this.activate(db, pending, { newAccount: false, signedIn: true });
      return { userId, organizationId: pending.organizationId, role: pending.role };
    });
  }

  private async activate(db: EntityManager, pending: PendingInvitation, how: { newAccount: boolean; signedIn: boolean }): Promise<void> {
    await members.acceptInvitation(db, pending);
    await this.audit.record(
      {
        organizationId: pending.organizationId,
        actorId: pending.userId,
        action: 'invitation.accepted',
        target: { type: 'member', id: pending.membershipId },
        details: { role: pending.role, ...how },
      },
      db,
    );
  }

  private async findPending(db: EntityManager, token: string): Promise<PendingInvitation> {
    const pending = await members.pendingInvitation(db, sha256(token));
    if (!pending) {
      throw new AppError('NOT_FOUND', 'This invitation link is invalid, expired or already used. Ask an admin for a new one.', 'token');
    }
    return pending;
  }
}
