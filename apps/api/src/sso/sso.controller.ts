import { Controller, Get, Inject, Logger, Query, Req, Res, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { GqlThrottlerGuard } from '../auth/gql-throttler.guard';
import { Public } from '../common/auth/access.decorators';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { OidcClientService } from './oidc/oidc-client.service';
import { safeRedirectPath } from './oidc/safe-redirect';
import { ATTEMPT_COOKIE, SignInAttemptSealer, attemptCookieOptions } from './oidc/sign-in-attempt-cookie';
import { SsoConnectionsService } from './sso-connections.service';
import { SsoFailure, type SsoFailureCode } from './sso-failure';
import { SsoSignInService } from './sso-sign-in.service';

/**
 * The browser side of single sign-on. Both routes answer with a redirect whatever happens: to the
 * identity provider, into the app, or to `/login?error=<code>` — never an error page.
 */
// Throttled per address like password sign-in: each attempt costs a round trip to the provider.
@UseGuards(GqlThrottlerGuard)
@Controller('auth/oidc')
export class SsoController {
  private readonly logger = new Logger('SingleSignOn');
  private readonly sealer: SignInAttemptSealer;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly connections: SsoConnectionsService,
    private readonly oidc: OidcClientService,
    private readonly signIn: SsoSignInService,
  ) {
    this.sealer = new SignInAttemptSealer(config.jwtSecret);
  }

  /** `/auth/oidc/start?organization=<slug>&redirect=<path>` sends the browser to the organization's provider. */
  @Public()
  @Get('start')
  async start(@Query('organization') slug: unknown, @Query('redirect') redirect: unknown, @Res() res: Response): Promise<void> {
    await this.redirectOrFail(res, async () => {
      const connection = typeof slug === 'string' && slug.length <= 63 ? await this.connections.enabledForSlug(slug) : null;
      if (!connection) throw new SsoFailure('sso_unavailable', `no enabled connection for organization "${String(slug)}"`);
      const { url, attempt } = await this.oidc.begin(connection, safeRedirectPath(redirect));
      res.cookie(ATTEMPT_COOKIE, this.sealer.seal(attempt), attemptCookieOptions(this.config.secureCookies));
      return url.href;
    });
  }

  /** Where the provider sends the browser back with a code; signs in and goes to the page asked for. */
  @Public()
  @Get('callback')
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    const cookies = req.cookies as Record<string, string | undefined>;
    const attempt = this.sealer.unseal(cookies[ATTEMPT_COOKIE]);
    // One attempt, one use, whatever the outcome.
    res.clearCookie(ATTEMPT_COOKIE, { ...attemptCookieOptions(this.config.secureCookies), maxAge: undefined });
    await this.redirectOrFail(res, async () => {
      if (!attempt) throw new SsoFailure('sso_failed', 'the sign-in attempt cookie is missing, altered or expired');
      const connection = await this.connections.enabledFor(attempt.organizationId);
      if (!connection || connection.issuer !== attempt.issuer) {
        throw new SsoFailure('sso_unavailable', 'the connection was disabled or changed during the sign-in');
      }
      const person = await this.oidc.finish(connection, new URL(req.originalUrl, this.config.publicUrl).search, attempt);
      const userId = await this.signIn.resolve(connection, person);
      await this.signIn.startSession(userId, connection, { req, res });
      return attempt.redirect;
    });
  }

  /** Redirects to where `step` says, or to the login page with the failure's code. */
  private async redirectOrFail(res: Response, step: () => Promise<string>): Promise<void> {
    let location: string;
    try {
      location = await step();
    } catch (error) {
      const code: SsoFailureCode = error instanceof SsoFailure ? error.code : 'sso_failed';
      if (error instanceof SsoFailure) this.logger.warn(`single sign-on refused (${code}): ${error.message}`);
      else this.logger.error(`single sign-on failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      location = `/login?error=${code}`;
    }
    res.setHeader('cache-control', 'no-store');
    res.redirect(302, location);
  }
}
