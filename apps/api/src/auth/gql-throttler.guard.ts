import { Injectable, type ExecutionContext } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { httpPair } from '../common/auth/request-context';

/** @nestjs/throttler reads req/res from HTTP; GraphQL keeps them in its context. */
@Injectable()
export class GqlThrottlerGuard extends ThrottlerGuard {
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
