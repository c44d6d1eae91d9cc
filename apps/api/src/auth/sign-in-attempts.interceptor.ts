import { createHash } from 'node:crypto';
import { Inject, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { catchError, from, mergeMap, type Observable, tap, throwError } from 'rxjs';
import { AppError } from '../common/errors/app-error';
import { ThrottleStore } from '../common/throttling/throttle-store';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/** How long failed sign-ins count against an account. */
export const SIGN_IN_FAILURE_WINDOW_MS = 15 * 60_000;

/** The account's key: the email as typed, case-folded and hashed (no address is kept in Redis). */
const accountKey = (email: string) => createHash('sha256').update(email.trim().toLowerCase()).digest('hex');

/**
 * A limit per account besides the per-address one: after LOGIN_FAILURES_PER_ACCOUNT failed password
 * sign-ins within 15 minutes, from any address and any instance, the account's sign-in answers
 * RATE_LIMITED (even with the right password) until the window passes. Unknown emails count the same,
 * so the answer tells nothing about who has an account. A success clears the count.
 */
@Injectable()
export class SignInAttemptsInterceptor implements NestInterceptor {
  constructor(
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'loginFailuresPerAccount'>,
    private readonly store: ThrottleStore,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const email = GqlExecutionContext.create(context).getArgs<{ input?: { email?: unknown } }>().input?.email;
    if (typeof email !== 'string') return next.handle();
    const key = accountKey(email);
    return from(this.store.failures(key)).pipe(
      mergeMap((failures) => {
        if (failures >= this.config.loginFailuresPerAccount) {
          return throwError(() => new AppError('RATE_LIMITED', 'Too many failed sign-ins for this account. Wait 15 minutes and try again, or reset your password.'));
        }
        return next.handle().pipe(
          tap(() => void this.store.clearFailures(key)),
          catchError((error: unknown) => {
            const refused = error instanceof AppError && error.code === 'UNAUTHENTICATED';
            return refused ? from(this.store.recordFailure(key, SIGN_IN_FAILURE_WINDOW_MS)).pipe(mergeMap(() => throwError(() => error))) : throwError(() => error);
          }),
        );
      }),
    );
  }
}
