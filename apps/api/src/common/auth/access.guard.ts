import { Injectable, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import type { Role } from '@panelist/roles';
import { AppError } from '../errors/app-error';
import { PUBLIC_KEY, ROLES_KEY } from './access.decorators';
import type { Principal } from './principal';
import { httpPair } from './request-context';

/**
 * The principal of each GraphQL operation, resolved once however many fields (aliases of `me`, say)
 * the guard runs for: keyed by the operation's context object, which is new for every HTTP request
 * and every subscription, so nothing outlives the operation.
 */
const principalOfOperation = new WeakMap<object, Promise<Principal | undefined>>();

/**
 * Deny by default. Registered globally: an operation is reachable only if it is @Public() or
 * declares @Roles(...) that include the caller's current role in their current organization.
 */
@Injectable()
export class AccessGuard extends AuthGuard('session-jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override getRequest(context: ExecutionContext) {
    return httpPair(context).req;
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!roles || roles.length === 0) {
      throw AppError.forbidden('This operation declares no roles, so it is denied to everyone.');
    }
    const principal = await this.authenticate(context);
    if (!principal || !roles.includes(principal.role)) throw AppError.forbidden();
    return true;
  }

  /** The session lookup (the cookie's token, then the session row), once per GraphQL operation. */
  private async authenticate(context: ExecutionContext): Promise<Principal | undefined> {
    const { req } = httpPair(context);
    if (context.getType<string>() !== 'graphql') {
      await super.canActivate(context);
      return req.user;
    }
    const operation = GqlExecutionContext.create(context).getContext<object>();
    let pending = principalOfOperation.get(operation);
    if (!pending) {
      pending = (super.canActivate(context) as Promise<boolean>).then(() => req.user);
      principalOfOperation.set(operation, pending);
    }
    req.user = await pending;
    return req.user;
  }

  override handleRequest<T = Principal>(error: unknown, principal: T | false): T {
    if (error instanceof AppError) throw error;
    if (error || !principal) throw AppError.unauthenticated();
    return principal;
  }
}
