import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

export interface AppConfig {
  port: number;
  host: string;
  databaseUrl: string;
  jwtSecret: string;
  sessionTtlHours: number;
  secureCookies: boolean;
  /** Origin used to build invitation links, e.g. https://panelist.example.com */
  publicUrl: string;
  /** Folder of the built web app; null to serve the API only. */
  webDist: string | null;
  loginAttemptsPerMinute: number;
  /** Redis for subscription events shared by several API processes; null: in-process events. */
  redisUrl: string | null;
  /** Who may create organizations (ALLOW_ORGANIZATION_CREATION): anyone signed in, existing admins, or only the CLI. */
  organizationCreation: 'everyone' | 'admins' | 'cli';
  /** Mirror every audit event as a JSON line on stdout (AUDIT_LOG=off to silence; off by default in tests). */
  auditLog: boolean;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

/** Reads the configuration from the environment once, failing fast with a clear message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  const databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL must be set (npm start sets it for the embedded PostgreSQL).');
  const jwtSecret = env.JWT_SECRET ?? (production ? undefined : randomBytes(32).toString('hex'));
  if (!jwtSecret || jwtSecret.length < 32) {
    throw new Error('JWT_SECRET must be set to at least 32 characters in production.');
  }
  const port = Number(env.PORT ?? 3000);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl,
    jwtSecret,
    sessionTtlHours: Number(env.SESSION_TTL_HOURS ?? 12),
    secureCookies: env.COOKIE_SECURE ? env.COOKIE_SECURE === 'true' : production,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    webDist: env.WEB_DIST === '' ? null : (env.WEB_DIST ?? join(__dirname, '..', '..', '..', '..', 'dist', 'web')),
    loginAttemptsPerMinute: Number(env.LOGIN_ATTEMPTS_PER_MINUTE ?? 10),
    redisUrl: env.REDIS_URL?.trim() || null,
    organizationCreation: organizationCreation(env.ALLOW_ORGANIZATION_CREATION),
    auditLog: env.AUDIT_LOG ? env.AUDIT_LOG !== 'off' : env.NODE_ENV !== 'test',
  };
}

/** ALLOW_ORGANIZATION_CREATION: true (default; unset or empty), admins or false. */
function organizationCreation(value: string | undefined): AppConfig['organizationCreation'] {
  const setting = value?.trim().toLowerCase() || 'true';
  if (setting === 'true') return 'everyone';
  if (setting === 'admins') return 'admins';
  if (setting === 'false') return 'cli';
  throw new Error(
    `ALLOW_ORGANIZATION_CREATION must be true (anyone signed in creates organizations), admins (only admins of an ` +
      `organization) or false (only the CLI: npm run org -- create); got "${value}".`,
  );
}
