import { timingSafeEqual } from 'node:crypto';
import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../common/auth/access.decorators';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { registry } from './metrics';

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Prometheus text format; registered only with METRICS_ENABLED=true; METRICS_TOKEN asks for a bearer token. */
@Controller('metrics')
export class MetricsController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Public()
  @Get()
  async metrics(@Req() req: Request, @Res() res: Response): Promise<void> {
    const token = this.config.metricsToken;
    if (token) {
      const given = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? '';
      if (!sameSecret(given, token)) {
        res
          .status(401)
          .setHeader('www-authenticate', 'Bearer')
          .json({ errors: [{ message: 'A valid metrics token is required.', extensions: { code: 'UNAUTHENTICATED' } }] });
        return;
      }
    }
    res.setHeader('content-type', registry.contentType);
    res.send(await registry.metrics());
  }
}
