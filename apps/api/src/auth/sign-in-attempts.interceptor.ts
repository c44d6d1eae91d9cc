import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { SignInAttempts } from '../common/throttling/sign-in-attempts';

/** Counts a sign-in's wrong passwords against the email it names (see SignInAttempts). */
@Injectable()
export class SignInAttemptsInterceptor implements NestInterceptor {
  constructor(private readonly attempts: SignInAttempts) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const email = GqlExecutionContext.create(context).getArgs<{ input?: { email?: unknown } }>().input?.email;
    if (typeof email !== 'string') return next.handle();
    return from(this.attempts.guard(email, () => lastValueFrom(next.handle())));
  }
}
