import { Injectable, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerGuard } from '@nestjs/throttler';
import { responsePathAsArray, type GraphQLResolveInfo } from 'graphql';
import { httpPair } from '../common/auth/request-context';

/**
 * Each operation's verdicts by response path, so a field resolved again in the same operation is not
 * counted again. Keyed by the operation's GraphQL context, made per operation: not by the request, which
 * a WebSocket shares among all the operations it carries.
 */
const verdicts = new WeakMap<object, Map<string, Promise<boolean>>>();

/** @nestjs/throttler reads req/res from HTTP; GraphQL keeps them in its context. */
@Injectable()
export class GqlThrottlerGuard extends ThrottlerGuard {
  /**
   * A query whose compiled run ended in errors runs again through graphql-js (common/graphql/compiled-queries):
   * the second run gets the first run's verdict, so one request counts once and a refusal stays a refusal.
   */
  override canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return super.canActivate(context);
    const graphql = GqlExecutionContext.create(context);
    const operation = graphql.getContext<object>();
    const path = responsePathAsArray(graphql.getInfo<GraphQLResolveInfo>().path).join('.');
    let byPath = verdicts.get(operation);
    if (!byPath) verdicts.set(operation, (byPath = new Map<string, Promise<boolean>>()));
    let verdict = byPath.get(path);
    if (!verdict) byPath.set(path, (verdict = super.canActivate(context)));
    return verdict;
  }

  /**
   * The caller's address as Express resolved it under TRUST_PROXY: the socket's peer unless trusted
   * proxies vouch for more, so a made-up X-Forwarded-For never gives an attacker a fresh count.
   */
  protected override getTracker(req: Record<string, unknown>): Promise<string> {
    const request = req as { ip?: string; socket?: { remoteAddress?: string } };
    return Promise.resolve(request.ip ?? request.socket?.remoteAddress ?? 'unknown');
  }

  protected override getRequestResponse(context: ExecutionContext) {
    const { req, res } = httpPair(context);
    return { req: req as unknown as Record<string, unknown>, res: res as unknown as Record<string, unknown> };
  }
}
