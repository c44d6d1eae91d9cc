import { Inject, Injectable } from '@nestjs/common';
import * as oidc from 'openid-client';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { SsoFailure } from '../sso-failure';
import { isLoopbackHttp } from './loopback-issuer';
import { ATTEMPT_TTL_MS, type SignInAttempt } from './sign-in-attempt-cookie';

/** Enough of an organization's connection to talk to its identity provider. */
export interface ProviderConnection {
  organizationId: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Bumped by every change of the connection: a new secret takes effect at once. */
  version: number;
}

/** What the identity provider asserted about the person, from a validated ID token. */
export interface AssertedPerson {
  /** The ID token's `iss`, as the provider spells it: with `subject`, the key of the person. */
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
}

const CONFIGURATION_TTL_MS = 5 * 60_000;
/** A provider that could not be discovered is asked again after this long, not on every request. */
const FAILED_DISCOVERY_TTL_MS = 15_000;
const SCOPE = 'openid email profile';

/** openid-client wraps the telling message ('unexpected JWT "aud" (audience) claim value') in a cause. */
function explain(error: unknown): string {
  const messages: string[] = [];
  for (let current = error; current instanceof Error && messages.length < 4; current = current.cause) messages.push(current.message);
  return messages.join(': ') || String(error);
}

function claimText(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/**
 * The authorization code flow with openid-client: PKCE, state and nonce on the way out; on the way
 * back openid-client checks the state, exchanges the code with the verifier and validates the ID
 * token (issuer, audience, nonce, expiry and, with non-repudiation checks, its signature against
 * the provider's published keys).
 */
@Injectable()
export class OidcClientService {
  /** Discovery documents and keys, per organization and connection version, for a few minutes. */
  private readonly configurations = new Map<string, { expiresAt: number; configuration: Promise<oidc.Configuration> }>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get redirectUri(): string {
    return `${this.config.publicUrl}/auth/oidc/callback`;
  }

  /** Where to send the browser, and the attempt the callback will check the answer against. */
  async begin(connection: ProviderConnection, redirect: string): Promise<{ url: URL; attempt: SignInAttempt }> {
    const configuration = await this.configuration(connection);
    const attempt: SignInAttempt = {
      organizationId: connection.organizationId,
      issuer: connection.issuer,
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      codeVerifier: oidc.randomPKCECodeVerifier(),
      redirect,
      expiresAt: Date.now() + ATTEMPT_TTL_MS,
    };
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri,
      scope: SCOPE,
      state: attempt.state,
      nonce: attempt.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(attempt.codeVerifier),
      code_challenge_method: 'S256',
    });
    return { url, attempt };
  }

  /** Redeems the code the provider sent back (`search` is the callback's query string). */
  async finish(connection: ProviderConnection, search: string, attempt: SignInAttempt): Promise<AssertedPerson> {
    const configuration = await this.configuration(connection);
    const currentUrl = new URL(this.redirectUri);
    currentUrl.search = search;
    let claims: oidc.IDToken | undefined;
    try {
      const tokens = await oidc.authorizationCodeGrant(configuration, currentUrl, {
        pkceCodeVerifier: attempt.codeVerifier,
        expectedState: attempt.state,
        expectedNonce: attempt.nonce,
        idTokenExpected: true,
      });
      claims = tokens.claims();
    } catch (error) {
      throw new SsoFailure('sso_failed', `the identity provider's answer was refused: ${explain(error)}`);
    }
    if (!claims) throw new SsoFailure('sso_failed', 'the identity provider returned no ID token');
    const givenAndFamily = [claimText(claims.given_name), claimText(claims.family_name)].filter(Boolean).join(' ');
    return {
      issuer: claims.iss,
      subject: claims.sub,
      email: claimText(claims.email)?.toLowerCase() ?? null,
      // Some providers (AWS Cognito) send the claim as the string "true".
      emailVerified: claims.email_verified === true || claims.email_verified === 'true',
      name: claimText(claims.name) ?? (givenAndFamily || null),
    };
  }

  private configuration(connection: ProviderConnection): Promise<oidc.Configuration> {
    const key = [connection.organizationId, connection.issuer, connection.clientId, connection.version].join('\n');
    const now = Date.now();
    const cached = this.configurations.get(key);
    if (cached && cached.expiresAt > now) return cached.configuration;
    for (const [staleKey, entry] of this.configurations) if (entry.expiresAt <= now) this.configurations.delete(staleKey);
    const configuration = this.discover(connection);
    this.configurations.set(key, { expiresAt: now + CONFIGURATION_TTL_MS, configuration });
    // A provider that was down must not stay "down" for five minutes, nor be hammered meanwhile.
    configuration.catch(() => {
      const entry = this.configurations.get(key);
      if (entry?.configuration === configuration) entry.expiresAt = Math.min(entry.expiresAt, Date.now() + FAILED_DISCOVERY_TTL_MS);
    });
    return configuration;
  }

  private async discover(connection: ProviderConnection): Promise<oidc.Configuration> {
    const issuer = new URL(connection.issuer);
    const execute = [oidc.enableNonRepudiationChecks, ...(isLoopbackHttp(issuer) ? [oidc.allowInsecureRequests] : [])];
    try {
      return await oidc.discovery(issuer, connection.clientId, connection.clientSecret, undefined, { execute, timeout: 10 });
    } catch (error) {
      throw new SsoFailure('sso_unavailable', `discovery of ${connection.issuer} failed: ${explain(error)}`);
    }
  }
}
