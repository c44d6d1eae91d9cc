import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DynamicModule, INestApplication } from '@nestjs/common';
import { Logger, LoggerModule, PinoLogger } from 'nestjs-pino';
import type { AppConfig } from '../config/app-config';

/** Probes every few seconds would drown the log. */
const QUIET_PATHS = new Set(['/health/live', '/health/ready', '/metrics']);

/**
 * Structured logs: one JSON object per line (pino) on stdout, each request's lines carrying the id
 * the request-scope middleware gave it (the x-request-id header, `requestId` in error extensions and
 * audit events). Pretty, coloured text only with NODE_ENV=development or LOG_PRETTY=true; silent in
 * tests unless LOG_LEVEL says otherwise. Cookies and authorization headers are never logged.
 */
export function loggerModule(config: Pick<AppConfig, 'logLevel' | 'logPretty'>): DynamicModule {
  return LoggerModule.forRoot({
    pinoHttp: {
      level: config.logLevel,
      base: { service: 'panelist-api' },
      messageKey: 'msg',
      timestamp: () => `,"time":"${new Date().toISOString()}"`,
      formatters: { level: (label) => ({ level: label }) },
      ...(config.logPretty ? { transport: { target: 'pino-pretty', options: { singleLine: true, translateTime: 'SYS:HH:MM:ss.l' } } } : {}),
      genReqId: (req: IncomingMessage, res: ServerResponse) => {
        const id = res.getHeader('x-request-id');
        return typeof id === 'string' ? id : randomUUID();
      },
      customProps: (req: IncomingMessage & { id?: unknown }) => ({ requestId: req.id }),
      autoLogging: { ignore: (req: IncomingMessage) => QUIET_PATHS.has((req.url ?? '').split('?')[0]) },
      customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
      redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'], censor: '[redacted]' },
      serializers: {
        req: (req: { id: string; method: string; url: string; remoteAddress?: string }) => ({
          method: req.method,
          url: req.url,
          remoteAddress: req.remoteAddress,
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    },
  });
}

/** Nest's own start-up chatter (one line per module and route); kept at debug level. */
const STARTUP_CONTEXTS = new Set(['NestFactory', 'InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'GraphQLModule', 'NestApplication']);

/** nestjs-pino's logger, with Nest's per-module start-up lines moved down to debug. */
class AppLogger extends Logger {
  override log(message: unknown, ...optionalParams: unknown[]): void {
    const context = optionalParams[optionalParams.length - 1];
    if (typeof context === 'string' && STARTUP_CONTEXTS.has(context)) super.debug(message, ...optionalParams);
    else super.log(message, ...optionalParams);
  }
}

/** Routes Nest's logger (and every `new Logger(context)`) to pino. */
export async function usePinoLogger(app: INestApplication): Promise<void> {
  app.useLogger(new AppLogger(await app.resolve(PinoLogger), {}));
}
