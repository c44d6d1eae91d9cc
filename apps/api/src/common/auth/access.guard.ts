import { Injectable, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { Role } from '@panelist/roles';
import { AppError } from '../errors/app-error';
import { PUBLIC_KEY, ROLES_KEY } from './access.decorators';
import type { Principal } from './principal';
import { httpPair } from './request-context';

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
    await super.canActivate(context);
    const principal = httpPair(context).req.user;
    if (!principal || !roles.includes(principal.role)) throw AppError.forbidden();
    return true;
  }

  override handleRequest<T = Principal>(error: unknown, principal: T | false): T {
    if (error instanceof AppError) throw error;
    if (error || !principal) throw AppError.unauthenticated();
    return principal;
  }
}
