import 'reflect-metadata';
import { type INestApplication, Logger } from '@nestjs/common';
import type { Server } from 'node:http';
import { loadConfig } from './config/app-config';

/** Longer than the idle timeout of common load balancers (AWS ALB 60 s), so they never reuse a socket we closed. */
const KEEP_ALIVE_TIMEOUT_MS = 65_000;

/** What a launcher (npm start: start-local.ts) adds to the start: work on the app before it listens. */
export interface StartHooks {
  beforeListen?: (app: INestApplication) => Promise<void>;
}

export async function bootstrap(hooks: StartHooks = {}): Promise<void> {
  // Validated before the app's modules load: a wrong variable stops the start at once, by name.
  const config = loadConfig();
  const [{ createApp }, { checkFirstRun }, { getDataSourceToken }, { HealthState }, { warmUpApi }] = await Promise.all([
    import('./app.factory'),
    import('./first-run/first-run'),
    import('@nestjs/typeorm'),
    import('./health/health-state'),
    import('./health/warm-up'),
  ]);
  const app = await createApp(config);
  const logger = new Logger('Main');
  // A failure nobody awaited (a dropped Redis connection, say) is logged; it does not take the API down.
  process.on('unhandledRejection', (reason) =>
    logger.error(`unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`),
  );
  try {
    await hooks.beforeListen?.(app);
    await checkFirstRun(app.get(getDataSourceToken()), {
      production: config.production,
      log: (line) => console.log(`[api] ${line}`),
    });
  } catch (error) {
    await app.close();
    throw error;
  }
  const server = app.getHttpServer() as Server;
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  server.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1_000;
  // Side by side with listening; readiness waits for it (health/warm-up.ts).
  app.get(HealthState).warmUp(warmUpApi(app.get(getDataSourceToken())));
  await app.listen(config.port, config.host);
  logger.log(
    `listening on port ${config.port} (GraphQL at /graphql, health at /health/ready${config.metricsEnabled ? ', metrics at /metrics' : ''})`,
  );
}

export function exitOnFailedStart(error: unknown): never {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

if (require.main === module) bootstrap().catch(exitOnFailedStart);
