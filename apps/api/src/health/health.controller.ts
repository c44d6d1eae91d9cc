import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../common/auth/access.decorators';
import { HealthState, type Readiness } from './health-state';

/**
 * Liveness says the process answers; readiness also needs the database, Redis when configured, every
 * migration applied, and no shutdown under way (503 with what is wrong, else 200).
 */
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthState) {}

  @Public()
  @Get('live')
  live() {
    return { status: 'ok' };
  }

  @Public()
  @Get('ready')
  @HttpCode(200)
  async ready(@Res({ passthrough: true }) res: Response): Promise<Readiness> {
    const readiness = await this.health.readiness();
    if (readiness.status !== 'ok') res.status(503);
    return readiness;
  }
}
