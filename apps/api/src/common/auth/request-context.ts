import type { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import type { RequestLoaders } from '../graphql/request-loaders';
import type { Principal } from './principal';

export type AppRequest = Request & { user?: Principal };

export interface GraphQLContext {
  req: AppRequest;
  res: Response;
  loaders: RequestLoaders;
}

export function httpPair(context: ExecutionContext): Pick<GraphQLContext, 'req' | 'res'> {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<GraphQLContext>();
  }
  const http = context.switchToHttp();
  return { req: http.getRequest<AppRequest>(), res: http.getResponse<Response>() };
}
