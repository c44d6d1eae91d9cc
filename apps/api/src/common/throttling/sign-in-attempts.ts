import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { AppError } from '../errors/app-error';
import { ThrottleStore } from './throttle-store';

/** How long failed passwords count against an account. */
export const SIGN_IN_FAILURE_WINDOW_MS = 15 * 60_000;

/** The account's key: the email, case-folded and hashed (no address is kept in Redis). */
const accountKey = (email: string) => createHash('sha256').update(email.trim().toLowerCase()).digest('hex');

/**
 * The limit per account besides the per-address one: after LOGIN_FAILURES_PER_ACCOUNT wrong passwords
 * within 15 minutes — on the sign-in form, an invitation link or the change-password form, from any address and any instance —
 * the account's password answers RATE_LIMITED (even the right one) until the window passes. Unknown
 * emails count the same, so the answer tells nothing about who has an account. A success clears it.
 */
@Injectable()
export class SignInAttempts {
  constructor(
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'loginFailuresPerAccount'>,
    private readonly store: ThrottleStore,
  ) {}

  /** Runs a password check for `email`; the refusals it throws (UNAUTHENTICATED unless told) count against the account. */
  async guard<T>(
    email: string,
    attempt: () => Promise<T>,
    isWrongPassword = (error: AppError) => error.code === 'UNAUTHENTICATED',
  ): Promise<T> {
    const key = accountKey(email);
    if ((await this.store.failures(key)) >= this.config.loginFailuresPerAccount) {
      throw new AppError(
        'RATE_LIMITED',
        'Too many failed sign-ins for this account. Wait 15 minutes and try again, or reset your password.',
      );
    }
    try {
      const result = await attempt();
      void this.store.clearFailures(key);
      return result;
    } catch (error) {
      if (error instanceof AppError && isWrongPassword(error)) await this.store.recordFailure(key, SIGN_IN_FAILURE_WINDOW_MS);
      throw error;
    }
  }
}
