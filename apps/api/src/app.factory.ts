import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { AppModule } from './app.module';
import { ExpectedErrorsFilter } from './common/errors/expected-errors.filter';
import { requestScope } from './common/http/request-scope';
import { applyHttpSecurity } from './common/http/security';
import { serveWebApp } from './common/http/web-app';
import { InputHygienePipe } from './common/validation/input-hygiene.pipe';
import { createValidationPipe } from './common/validation/validation-pipe';
import type { AppConfig } from './config/app-config';
import { usePinoLogger } from './observability/logger.module';

export async function createApp(config: AppConfig): Promise<INestApplication> {
  // Every log line is pino's JSON (observability/logger.module.ts); LOG_LEVEL=debug shows Nest's start-up lines.
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { bufferLogs: true });
  await usePinoLogger(app);
  return configureApp(app, config);
}

/** Everything main.ts and the integration tests share around the module itself. */
export function configureApp(app: NestExpressApplication, config: AppConfig): NestExpressApplication {
  // X-Forwarded-For is believed only from the proxies TRUST_PROXY names (none by default): a made-up
  // header must not change the address that rate limits and the audit trail see.
  app.set('trust proxy', config.trustProxy);
  app.use(requestScope);
  app.use(cookieParser());
  // Headers, and bodies of 100 kB but for a signed-in bank import (files of up to 20 MB, base64-encoded).
  applyHttpSecurity(app, config);
  // Control characters and absurd dates are refused for every argument before any input type validates.
  app.useGlobalPipes(new InputHygienePipe(), createValidationPipe());
  app.useGlobalFilters(new ExpectedErrorsFilter(app.getHttpAdapter()));
  app.enableShutdownHooks();
  if (config.webDist && existsSync(join(config.webDist, 'index.html'))) serveWebApp(app, config.webDist);
  return app;
}
