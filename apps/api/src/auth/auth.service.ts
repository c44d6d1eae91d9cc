import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Role } from '@panelist/roles';
import { AuditService, hashedEmail } from '../audit/audit.service';
import { AppError } from '../common/errors/app-error';
import type { Principal } from '../common/auth/principal';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { InvitationsService } from '../members/invitations.service';
import { PasswordResetsService } from '../members/password-resets.service';
import type { ChangePasswordInput } from './dtos/change-password.input';
import type { AcceptInvitationInput } from './dtos/accept-invitation.input';
import type { LoginInput } from './dtos/login.input';
import type { ResetPasswordInput } from './dtos/reset-password.input';
import type { ViewerDto } from './dtos/viewer.dto';
import { SignInAttempts } from '../common/throttling/sign-in-attempts';
import { hashPassword, verifyPassword } from './passwords';
import { passwordProblem } from './password-policy';
import { SessionsService, type HttpPair } from './sessions.service';

interface MembershipRow {
  organization_id: string;
  organization_name: string;
  organization_slug: string;
  role: Role;
  password_sign_in: boolean;
}

/** One answer for every failed sign-in, so it never confirms a password or an account's state. */
const SIGN_IN_REFUSED = 'Email or password is incorrect.';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionsService,
    private readonly invitations: InvitationsService,
    private readonly resets: PasswordResetsService,
    private readonly audit: AuditService,
    private readonly attempts: SignInAttempts,
  ) {}

  /** Signs in to the first organization that takes passwords; deactivated everywhere reads as a wrong password. */
  async login(input: LoginInput, http: HttpPair): Promise<ViewerDto> {
    const [user] = await this.db.query<Array<{ id: string; password_hash: string | null }>>(
      `SELECT id, password_hash FROM users WHERE lower(email) = lower($1)`,
      [input.email],
    );
    if (!(await verifyPassword(user?.password_hash, input.password))) return this.refuseSignIn(input.email, user?.id, 'wrong password');
    const target = (await this.activeMemberships(user.id)).find((m) => m.password_sign_in);
    if (!target) return this.refuseSignIn(input.email, user.id, 'no organization accepts this password sign-in');
    return this.signInTo(user.id, target.organization_id, http);
  }

  /** Every organization of a known account sees the failure in its trail; an unknown email is kept hashed. */
  private async refuseSignIn(email: string, userId: string | undefined, reason: string): Promise<never> {
    const organizations = userId
      ? await this.db.query<Array<{ organization_id: string }>>(`SELECT organization_id FROM memberships WHERE user_id = $1`, [userId])
      : [];
    const base = { action: 'session.sign_in_failed' as const, details: { reason } };
    await this.audit.recordMany(
      organizations.length > 0
        ? organizations.map((m) => ({ ...base, organizationId: m.organization_id, actorId: userId }))
        : [{ ...base, organizationId: null, actorId: userId ?? null, actorLabel: userId ? undefined : hashedEmail(email) }],
    );
    throw AppError.unauthenticated(SIGN_IN_REFUSED);
  }

  async logout(principal: Principal, http: HttpPair): Promise<void> {
    await this.sessions.revoke(principal.sessionId, http.res);
    await this.audit.record({ organizationId: principal.organizationId, actorId: principal.userId, action: 'session.signed_out' });
  }

  async acceptInvitation(input: AcceptInvitationInput, http: HttpPair): Promise<ViewerDto> {
    const { userId, organizationId } = await this.invitations.acceptWithPassword(input.token, input.password);
    return this.signInTo(userId, organizationId, http);
  }

  /** Joins with the signed-in account and moves this session there when the organization accepts it. */
  async acceptInvitationSignedIn(principal: Principal, token: string): Promise<ViewerDto> {
    const { organizationId } = await this.invitations.acceptForAccount(token, principal.userId);
    const role = await this.sessions.roleIfEntering(principal.sessionId, organizationId);
    if (!role) return this.viewer(principal);
    await this.sessions.moveToOrganization(principal.sessionId, organizationId);
    return this.viewer({ ...principal, organizationId, role });
  }

  async resetPassword(input: ResetPasswordInput, http: HttpPair): Promise<ViewerDto> {
    const { userId, organizationId } = await this.resets.reset(input.token, input.password);
    return this.signInTo(userId, organizationId, http);
  }

  /** Asks for the current password; every other session of the account ends. */
  async changePassword(principal: Principal, input: ChangePasswordInput): Promise<boolean> {
    const [user] = await this.db.query<Array<{ email: string; name: string; password_hash: string | null }>>(
      `SELECT email, name, password_hash FROM users WHERE id = $1`,
      [principal.userId],
    );
    // Someone holding a stolen session must not get unlimited guesses at the password either.
    await this.attempts.guard(
      user.email,
      async () => {
        if (!(await verifyPassword(user.password_hash, input.currentPassword))) {
          throw new AppError('BAD_USER_INPUT', 'Your current password is not correct.', 'currentPassword');
        }
      },
      (error) => error.field === 'currentPassword',
    );
    const problem = passwordProblem(input.newPassword, user) ?? (input.newPassword === input.currentPassword ? 'Choose a password different from the current one.' : null);
    if (problem) throw AppError.badInput('newPassword', problem);
    const passwordHash = await hashPassword(input.newPassword);
    await this.db.transaction(async (db) => {
      await db.query(`UPDATE users SET password_hash = $2, updated_at = now() WHERE id = $1`, [principal.userId, passwordHash]);
      const ended = await this.sessions.revokeAllOf(principal.userId, principal.sessionId, db);
      await this.audit.record({ organizationId: principal.organizationId, actorId: principal.userId, action: 'password.changed', details: { sessionsEnded: ended } }, db);
    });
    return true;
  }

  async switchOrganization(principal: Principal, organizationId: string): Promise<ViewerDto> {
    if (principal.ssoOrganizationId && principal.ssoOrganizationId !== organizationId) {
      throw AppError.forbidden('You signed in through single sign-on, which covers this organization only. Sign in again to work in another.');
    }
    const member = (await this.activeMemberships(principal.userId)).some((m) => m.organization_id === organizationId);
    if (!member) throw AppError.notFound('That organization', 'organizationId');
    const role = await this.sessions.roleIfEntering(principal.sessionId, organizationId);
    if (!role) {
      throw new AppError('FORBIDDEN', 'That organization needs you to sign in again (through its single sign-on if it uses one).', 'organizationId');
    }
    await this.sessions.moveToOrganization(principal.sessionId, organizationId);
    return this.viewer({ ...principal, organizationId, role });
  }

  async viewer(principal: Principal): Promise<ViewerDto> {
    const [[user], memberships, adminSomewhere] = await Promise.all([
      this.db.query<Array<{ id: string; email: string; name: string }>>(`SELECT id, email, name FROM users WHERE id = $1`, [principal.userId]),
      this.activeMemberships(principal.userId),
      this.config.organizationCreation === 'admins' ? this.isAdminSomewhere(principal.userId) : Promise.resolve(true),
    ]);
    const visible = principal.ssoOrganizationId ? memberships.filter((m) => m.organization_id === principal.ssoOrganizationId) : memberships;
    const summaries = visible.map((m) => ({
      organization: { id: m.organization_id, name: m.organization_name, slug: m.organization_slug },
      role: m.role,
    }));
    const current = summaries.find((m) => m.organization.id === principal.organizationId);
    if (!user || !current) throw AppError.unauthenticated();
    return {
      user,
      organization: current.organization,
      role: current.role,
      memberships: summaries,
      singleSignOn: principal.ssoOrganizationId !== null,
      canCreateOrganization: this.config.organizationCreation !== 'cli' && !principal.ssoOrganizationId && adminSomewhere,
    };
  }

  async isAdminSomewhere(userId: string): Promise<boolean> {
    return (await this.activeMemberships(userId)).some((m) => m.role === 'ADMIN');
  }

  private async signInTo(userId: string, organizationId: string, http: HttpPair): Promise<ViewerDto> {
    const sessionId = await this.db.transaction(async (db) => {
      const id = await this.sessions.start(userId, organizationId, http, { db });
      await this.audit.record({ organizationId, actorId: userId, action: 'session.signed_in', target: { type: 'session', id }, details: { method: 'password' } }, db);
      return id;
    });
    const principal = await this.sessions.resolve(sessionId);
    if (!principal) throw AppError.unauthenticated(SIGN_IN_REFUSED);
    return this.viewer(principal);
  }

  private activeMemberships(userId: string): Promise<MembershipRow[]> {
    return this.db.query<MembershipRow[]>(
      `SELECT o.id AS organization_id, o.name AS organization_name, o.slug AS organization_slug, m.role, o.password_sign_in
         FROM memberships m JOIN organizations o ON o.id = m.organization_id
        WHERE m.user_id = $1 AND m.status = 'ACTIVE'
        ORDER BY m.created_at, o.name`,
      [userId],
    );
  }
}
