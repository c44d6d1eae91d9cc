import type { IncomingMessage } from 'node:http';
import cookieParser from 'cookie-parser';
import type { Response } from 'express';
import type { AppRequest, GraphQLContext } from '../auth/request-context';
import { RequestLoaders } from './request-loaders';

type HttpContext = { req: AppRequest; res: Response };
/** What graphql-ws hands the context factory for a subscription. */
type WebSocketContext = { extra: { request: IncomingMessage } };

const parseCookies = cookieParser();

/**
 * The context of every GraphQL operation, over HTTP or over graphql-ws. A WebSocket upgrade carries
 * the session cookie; parsing it into `req.cookies` lets the AccessGuard authenticate a
 * subscription exactly like an HTTP operation (session row checked, roles enforced).
 */
export function graphQLContext(context: HttpContext | WebSocketContext): Partial<GraphQLContext> {
  if ('extra' in context) {
    const req = context.extra.request as AppRequest;
    parseCookies(req as Parameters<typeof parseCookies>[0], {} as Response, () => undefined);
    return { req, loaders: new RequestLoaders() };
  }
  return { req: context.req, res: context.res, loaders: new RequestLoaders() };
}
