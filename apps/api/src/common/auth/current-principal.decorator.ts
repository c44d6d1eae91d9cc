import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { AppError } from '../errors/app-error';
import type { Principal } from './principal';
import { httpPair } from './request-context';

/** The signed-in caller, as the AccessGuard resolved it for this request. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const principal = httpPair(context).req.user;
  if (!principal) throw AppError.unauthenticated();
  return principal;
});
