import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import * as sso from './sso.repository';
import type { AccountRow } from './sso.repository';
import { SessionsService, type HttpPair } from '../auth/sessions.service';
import type { AssertedPerson } from './oidc/oidc-client.service';
import type { SignInConnection } from './sso-connections.service';
import { SsoFailure } from './sso-failure';

type VerifiedPerson = AssertedPerson & { email: string };

const UNIQUE_VIOLATION = '23505';
const isUniqueViolation = (error: unknown) => (error as { driverError?: { code?: string } }).driverError?.code === UNIQUE_VIOLATION;

export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1);
}

/** The name to show for a person who joins on first sign-in: the provider's, else the email's local part. */
function displayName(person: VerifiedPerson): string {
  return (person.name ?? person.email.slice(0, person.email.lastIndexOf('@'))).slice(0, 120) || person.email.slice(0, 120);
}

/**
 * Turns what an organization's identity provider asserts into the account that signs in, in one
 * transaction. The key is (organization, issuer, subject); an email only finds an account the first
 * time, and only one that is already this organization's member (or its own pending invitation to
 * a person without an account elsewhere). An organization's provider never vouches for an account
 * of other organizations, and never brings back a deactivated member.
 */
@Injectable()
export class SsoSignInService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
  ) {}

  /** A session confined to the organization whose provider vouched for the person, recorded in its trail. */
  startSession(userId: string, connection: SignInConnection, http: HttpPair): Promise<string> {
    return this.db.transaction(async (db) => {
      const id = await this.sessions.start(userId, connection.organizationId, http, { ssoOrganizationId: connection.organizationId, db });
      await this.audit.record(
        {
          organizationId: connection.organizationId,
          actorId: userId,
          action: 'session.signed_in',
          target: { type: 'session', id },
          details: { method: 'sso' },
        },
        db,
      );
      return id;
    });
  }

  /** The id of the user to sign in, or an SsoFailure saying why not. */
  async resolve(connection: SignInConnection, person: AssertedPerson): Promise<string> {
    if (!person.email || person.email.length > 254 || !person.email.includes('@')) {
      throw new SsoFailure('sso_email_unverified', 'the ID token has no usable email claim');
    }
    if (!person.emailVerified) throw new SsoFailure('sso_email_unverified', 'the ID token does not say email_verified: true');
    const verified = { ...person, email: person.email };
    try {
      return await this.db.transaction((db) => this.resolveIn(db, connection, verified));
    } catch (error) {
      // Two callbacks for a new person at once: the second finds what the first created.
      if (!isUniqueViolation(error)) throw error;
      return this.db.transaction((db) => this.resolveIn(db, connection, verified));
    }
  }

  private async resolveIn(db: EntityManager, connection: SignInConnection, person: VerifiedPerson): Promise<string> {
    const account = await this.findAccount(db, connection, person);
    if (!account) return this.joinJustInTime(db, connection, person);
    switch (account.status) {
      case 'ACTIVE':
        if (account.otherSubject) {
          throw new SsoFailure('sso_account_exists', 'the member is linked to another subject of this identity provider');
        }
        await this.link(db, connection, person, account.userId);
        return account.userId;
      case 'DEACTIVATED':
        throw new SsoFailure('sso_member_deactivated', 'the membership is deactivated');
      case 'INVITED':
        if (account.claimed || !account.liveInvitation) {
          throw new SsoFailure('sso_account_exists', 'an invited account that has a credential joins through its invitation link');
        }
        await this.acceptInvitation(db, connection, person, account);
        return account.userId;
      case null:
        throw new SsoFailure('sso_account_exists', 'the account exists but is not a member of this organization');
    }
  }

  /** The account the subject is linked to, else the one with the email; locked for this sign-in. */
  private async findAccount(db: EntityManager, connection: SignInConnection, person: VerifiedPerson): Promise<AccountRow | null> {
    const row = await sso.account(db, {
      organizationId: connection.organizationId,
      issuer: person.issuer,
      subject: person.subject,
      email: person.email,
    });
    return row ?? null;
  }

  /** A new person of an allowed domain: account, membership with the default role and identity at once. */
  private async joinJustInTime(db: EntityManager, connection: SignInConnection, person: VerifiedPerson): Promise<string> {
    if (!connection.allowedDomains.includes(emailDomain(person.email))) {
      throw new SsoFailure('sso_domain_not_allowed', `the domain ${emailDomain(person.email)} is not allowed to join`);
    }
    const userId = await sso.insertMember(db, {
      organizationId: connection.organizationId,
      email: person.email,
      name: displayName(person),
      role: connection.defaultRole,
    });
    await this.link(db, connection, person, userId);
    return userId;
  }

  /** The organization invited this email and its provider vouches for it: the invitation is accepted. */
  private async acceptInvitation(
    db: EntityManager,
    connection: SignInConnection,
    person: VerifiedPerson,
    account: AccountRow,
  ): Promise<void> {
    // An INVITED account always has its membership here.
    if (account.membershipId) await sso.acceptInvitation(db, account.userId, account.membershipId);
    await this.link(db, connection, person, account.userId);
  }

  /** Records (or refreshes) the subject → account link; a subject never moves to another account. */
  private async link(db: EntityManager, connection: SignInConnection, person: VerifiedPerson, userId: string): Promise<void> {
    const linked = await sso.link(db, {
      userId,
      organizationId: connection.organizationId,
      issuer: person.issuer,
      subject: person.subject,
      email: person.email,
    });
    if (!linked) throw new SsoFailure('sso_failed', 'the subject is linked to another account');
  }
}
