import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
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
import * as accounts from './accounts.repository';
import type { ActiveMembership } from './accounts.repository';
import { SessionsService, type HttpPair } from './sessions.service';

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
    const user = await accounts.byEmail(this.db, input.email);
    // Verified even for an unknown email, so the answer takes as long either way.
    const valid = await verifyPassword(user?.passwordHash, input.password);
    if (!user || !valid) return this.refuseSignIn(input.email, user?.id, 'wrong password');
    const target = (await this.activeMemberships(user.id)).find((m) => m.passwordSignIn);
    if (!target) return this.refuseSignIn(input.email, user.id, 'no organization accepts this password sign-in');
    return this.signInTo(user.id, target.organizationId, http);
  }

  /** Every organization of a known account sees the failure in its trail; an unknown email is kept hashed. */
  private async refuseSignIn(email: string, userId: string | undefined, reason: string): Promise<never> {
    const organizations = userId ? await accounts.organizationIdsOf(this.db, userId) : [];
    const base = { action: 'session.sign_in_failed' as const, details: { reason } };
    await this.audit.recordMany(
      organizations.length > 0
        ? organizations.map((organizationId) => ({ ...base, organizationId, actorId: userId }))
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
    const user = await accounts.byId(this.db, principal.userId);
    if (!user) throw AppError.notFound('Your account', 'currentPassword');
    // Someone holding a stolen session must not get unlimited guesses at the password either.
    await this.attempts.guard(
      user.email,
      async () => {
        if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
          throw new AppError('BAD_USER_INPUT', 'Your current password is not correct.', 'currentPassword');
        }
      },
      (error) => error.field === 'currentPassword',
    );
    const problem =
      passwordProblem(input.newPassword, user) ??
      (input.newPassword === input.currentPassword ? 'Choose a password different from the current one.' : null);
    if (problem) throw AppError.badInput('newPassword', problem);
    const passwordHash = await hashPassword(input.newPassword);
    await this.db.transaction(async (db) => {
      await accounts.setPassword(db, principal.userId, passwordHash);
      const ended = await this.sessions.revokeAllOf(principal.userId, principal.sessionId, db);
      await this.audit.record(
        {
          organizationId: principal.organizationId,
          actorId: principal.userId,
          action: 'password.changed',
          details: { sessionsEnded: ended },
        },
        db,
      );
    });
    return true;
  }

  async switchOrganization(principal: Principal, organizationId: string): Promise<ViewerDto> {
    if (principal.ssoOrganizationId && principal.ssoOrganizationId !== organizationId) {
      throw AppError.forbidden(
        'You signed in through single sign-on, which covers this organization only. Sign in again to work in another.',
      );
    }
    const member = (await this.activeMemberships(principal.userId)).some((m) => m.organizationId === organizationId);
    if (!member) throw AppError.notFound('That organization', 'organizationId');
    const role = await this.sessions.roleIfEntering(principal.sessionId, organizationId);
    if (!role) {
      throw new AppError(
        'FORBIDDEN',
        'That organization needs you to sign in again (through its single sign-on if it uses one).',
        'organizationId',
      );
    }
    await this.sessions.moveToOrganization(principal.sessionId, organizationId);
    return this.viewer({ ...principal, organizationId, role });
  }

  async viewer(principal: Principal): Promise<ViewerDto> {
    const account = await accounts.withActiveMemberships(this.db, principal.userId);
    const memberships = account?.memberships ?? [];
    const adminSomewhere = this.config.organizationCreation !== 'admins' || memberships.some((m) => m.role === 'ADMIN');
    const visible = principal.ssoOrganizationId ? memberships.filter((m) => m.organizationId === principal.ssoOrganizationId) : memberships;
    const summaries = visible.map((m) => ({
      organization: { id: m.organizationId, name: m.organizationName, slug: m.organizationSlug },
      role: m.role,
    }));
    const current = summaries.find((m) => m.organization.id === principal.organizationId);
    if (!account || !current) throw AppError.unauthenticated();
    const user = { id: account.id, email: account.email, name: account.name };
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
      await this.audit.record(
        { organizationId, actorId: userId, action: 'session.signed_in', target: { type: 'session', id }, details: { method: 'password' } },
        db,
      );
      return id;
    });
    const principal = await this.sessions.resolve(sessionId);
    if (!principal) throw AppError.unauthenticated(SIGN_IN_REFUSED);
    return this.viewer(principal);
  }

  private activeMemberships(userId: string): Promise<ActiveMembership[]> {
    return accounts.activeMembershipsOf(this.db, userId);
  }
}
