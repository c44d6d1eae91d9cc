import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { join, sep } from 'node:path';

/** apps/api/src/config, run as TypeScript or compiled into dist/api (tools/lib/api-build.mjs, the same layout). */
const COMPILED = `${sep}dist${sep}api${sep}`;
export const REPOSITORY_ROOT = __dirname.includes(COMPILED)
  ? __dirname.slice(0, __dirname.indexOf(COMPILED))
  : join(__dirname, '..', '..', '..', '..');

/** How long reading one uploaded bank may take by default (a 20 MB file of ordinary questions takes a few seconds). */
export const BANK_READ_TIMEOUT_SECONDS = 60;

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
  /** pino level (LOG_LEVEL); 'silent' by default in tests. */
  logLevel: LogLevel;
  /** Human-readable logs instead of JSON lines: NODE_ENV=development or LOG_PRETTY=true. */
  logPretty: boolean;
  /** Prometheus metrics at /metrics (METRICS_ENABLED=true), optionally behind a bearer token (METRICS_TOKEN). */
  metricsEnabled: boolean;
  metricsToken: string | null;
  /** Seconds readiness answers 503 after SIGTERM before the server stops (SHUTDOWN_DRAIN_SECONDS). */
  shutdownDrainSeconds: number;
  /** NODE_ENV=production: no schema introspection, no field suggestions in errors. */
  production: boolean;
  /** Which proxies' X-Forwarded-For to believe (TRUST_PROXY): none, a hop count, or addresses/CIDRs. */
  trustProxy: false | number | string[];
  /** Failed sign-ins per account (email) within 15 minutes before more are refused (LOGIN_FAILURES_PER_ACCOUNT). */
  loginFailuresPerAccount: number;
  /** BANK_READ_TIMEOUT_SECONDS: how long reading one uploaded bank file may take before it is stopped (a clear error, not a hang). */
  bankReadTimeoutSeconds: number;
  /** Email over SMTP; null: no email is sent and admins share links by hand. */
  mail: MailConfig | null;
  /** The PostgreSQL-backed job queue (pg-boss) runs mail and scheduled jobs (BACKGROUND_JOBS; off by default under jest). */
  backgroundJobs: boolean;
}

export interface MailConfig {
  /** SMTP_URL: smtp://user:pass@host:587 (STARTTLS when offered) or smtps://…:465 (TLS). */
  smtpUrl: string;
  /** MAIL_FROM: the From address, e.g. "Panelist <panelist@example.com>". */
  from: string;
  /** SCORECARD_REMINDER_HOURS: hours after an interview ends before its unsubmitted scorecard is reminded (at most daily). */
  reminderDelayHours: number;
  /** REMINDER_SWEEP_CRON: when (UTC cron, minute granularity) overdue scorecards are checked for reminders; every quarter hour by default. */
  reminderSweepCron: string;
  /** DIGEST_HOUR_UTC: the hour (UTC) the daily digest of outstanding scorecards goes to recruiters and hiring managers. */
  digestHourUtc: number;
  /** SMTP_RETRY_SECONDS: the first retry's delay after a failed delivery; each next one waits about twice as long. */
  retryDelaySeconds: number;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const APP_CONFIG = Symbol('APP_CONFIG');

/** A start-up refusal that names the variable and what it accepts. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable} ${message}`);
    this.name = 'ConfigError';
  }
}

type Env = NodeJS.ProcessEnv | Record<string, string | undefined>;

/** The value of a variable, or undefined when it is unset or blank. */
function raw(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

/** Whole numbers only ("ten", "1e3", "3.5" and "" are refused). */
export function integer(env: Env, name: string, fallback: number, { min, max }: { min: number; max: number }): number {
  const value = raw(env, name);
  if (value === undefined) return fallback;
  if (!/^-?\d+$/.test(value)) throw new ConfigError(name, `must be a whole number between ${min} and ${max}; got "${value}".`);
  const parsed = Number(value);
  if (parsed < min || parsed > max) throw new ConfigError(name, `must be between ${min} and ${max}; got ${parsed}.`);
  return parsed;
}

/** Exactly true or false: "yes", "1" or "on" are refused rather than silently meaning false. */
export function boolean(env: Env, name: string, fallback: boolean): boolean {
  const value = raw(env, name)?.toLowerCase();
  if (value === undefined) return fallback;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new ConfigError(name, `must be true or false; got "${env[name]}".`);
}

function url(env: Env, name: string, protocols: string[]): string | undefined {
  const value = raw(env, name);
  if (value === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new ConfigError(name, `must be a URL (${protocols.map((p) => `${p}//…`).join(' or ')}); got something that is not a URL.`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must start with ${protocols.join(' or ')}; got ${parsed.protocol}.`);
  }
  return value;
}

/** At least 32 characters and not trivially guessable (32 spaces, one repeated character, "abababab…"). */
function jwtSecret(env: Env, production: boolean): string {
  const value = env.JWT_SECRET;
  if (value === undefined || value === '') {
    if (production)
      throw new ConfigError('JWT_SECRET', 'must be set to at least 32 random characters in production (e.g. openssl rand -hex 32).');
    return randomBytes(32).toString('hex');
  }
  if (value.length < 32) throw new ConfigError('JWT_SECRET', `must be at least 32 characters; got ${value.length}.`);
  const distinct = new Set(value.replace(/\s/g, '')).size;
  if (distinct < 8) {
    throw new ConfigError(
      'JWT_SECRET',
      `is too easy to guess (only ${distinct} different non-blank characters); use random bytes, e.g. openssl rand -hex 32.`,
    );
  }
  return value;
}

/**
 * Reads the configuration from the environment once, validating every variable and failing fast with
 * a message that names the variable (before any connection is attempted).
 */
export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnv = raw(env, 'NODE_ENV');
  const production = nodeEnv === 'production';
  const test = nodeEnv === 'test';
  const databaseUrl = url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']);
  if (!databaseUrl) throw new ConfigError('DATABASE_URL', 'must be set (npm start sets it for the embedded PostgreSQL).');
  const port = integer(env, 'PORT', 3000, { min: 0, max: 65535 });
  const publicUrl = url(env, 'PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${port}`;
  // LOG_LEVEL=log (Nest's name) is kept as info.
  const logLevel = (raw(env, 'LOG_LEVEL')?.toLowerCase().replace(/^log$/, 'info') ?? (test ? 'silent' : 'info')) as LogLevel;
  if (!LOG_LEVELS.includes(logLevel))
    throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}; got "${env.LOG_LEVEL}".`);
  const metricsToken = raw(env, 'METRICS_TOKEN') ?? null;
  if (metricsToken !== null && metricsToken.length < 16)
    throw new ConfigError('METRICS_TOKEN', `must be at least 16 characters; got ${metricsToken.length}.`);
  return {
    port,
    host: raw(env, 'HOST') ?? '0.0.0.0',
    databaseUrl,
    jwtSecret: jwtSecret(env, production),
    sessionTtlHours: integer(env, 'SESSION_TTL_HOURS', 12, { min: 1, max: 24 * 90 }),
    secureCookies: boolean(env, 'COOKIE_SECURE', production),
    publicUrl: publicUrl.replace(/\/$/, ''),
    webDist: env.WEB_DIST === '' ? null : (env.WEB_DIST ?? join(REPOSITORY_ROOT, 'dist', 'web')),
    loginAttemptsPerMinute: integer(env, 'LOGIN_ATTEMPTS_PER_MINUTE', 10, { min: 1, max: 1_000_000 }),
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:']) ?? null,
    organizationCreation: organizationCreation(env.ALLOW_ORGANIZATION_CREATION),
    auditLog: auditLog(env, test),
    logLevel,
    logPretty: boolean(env, 'LOG_PRETTY', nodeEnv === 'development'),
    metricsEnabled: boolean(env, 'METRICS_ENABLED', false),
    metricsToken,
    shutdownDrainSeconds: integer(env, 'SHUTDOWN_DRAIN_SECONDS', production ? 5 : 0, { min: 0, max: 300 }),
    production,
    trustProxy: trustProxy(env),
    loginFailuresPerAccount: integer(env, 'LOGIN_FAILURES_PER_ACCOUNT', 20, { min: 1, max: 1_000_000 }),
    bankReadTimeoutSeconds: integer(env, 'BANK_READ_TIMEOUT_SECONDS', BANK_READ_TIMEOUT_SECONDS, { min: 1, max: 3_600 }),
    mail: mail(env, publicUrl),
    backgroundJobs: boolean(env, 'BACKGROUND_JOBS', !test),
  };
}

/** SMTP_URL with MAIL_FROM (defaulting to panelist@ the public host), or null when SMTP_URL is unset. */
function mail(env: Env, publicUrl: string): MailConfig | null {
  const smtpUrl = url(env, 'SMTP_URL', ['smtp:', 'smtps:']);
  const reminderDelayHours = integer(env, 'SCORECARD_REMINDER_HOURS', 24, { min: 1, max: 24 * 30 });
  const reminderSweepCron = cron(env, 'REMINDER_SWEEP_CRON', '*/15 * * * *');
  const digestHourUtc = integer(env, 'DIGEST_HOUR_UTC', 7, { min: 0, max: 23 });
  const retryDelaySeconds = integer(env, 'SMTP_RETRY_SECONDS', 30, { min: 1, max: 3600 });
  const from = raw(env, 'MAIL_FROM');
  if (!smtpUrl) {
    if (from !== undefined) throw new ConfigError('MAIL_FROM', 'is set but SMTP_URL is not: set SMTP_URL too, or unset MAIL_FROM.');
    return null;
  }
  // An address alone, or "Name <address>"; anything else would be refused by the SMTP server much later.
  const address = from === undefined ? `panelist@${new URL(publicUrl).hostname}` : (/<([^<>]+)>$/.exec(from)?.[1] ?? from);
  if (!/^[^\s@<>]+@[^\s@<>]+$/.test(address)) {
    throw new ConfigError('MAIL_FROM', `must be an email address or "Name <address>"; got "${from}".`);
  }
  return { smtpUrl, from: from ?? address, reminderDelayHours, reminderSweepCron, digestHourUtc, retryDelaySeconds };
}

/** One cron field: `*`, a number or a range, optionally with a `/step`, comma-separated. */
const CRON_FIELD = /^(\*|\d+(-\d+)?)(\/\d+)?(,(\*|\d+(-\d+)?)(\/\d+)?)*$/;
const CRON_FIELD_MAX = [59, 23, 31, 12, 7];

/**
 * A five-field cron expression (minute hour day-of-month month day-of-week, numbers only), checked
 * at start-up: pg-boss would otherwise refuse it only once the job queue starts, after boot.
 */
function cron(env: Env, name: string, fallback: string): string {
  const value = raw(env, name);
  if (value === undefined) return fallback;
  const fields = value.split(/\s+/);
  const valid =
    fields.length === 5 &&
    fields.every((field, index) => CRON_FIELD.test(field) && (field.match(/\d+/g) ?? []).every((n) => Number(n) <= CRON_FIELD_MAX[index]));
  if (!valid)
    throw new ConfigError(
      name,
      `must be a five-field cron expression such as "*/15 * * * *" (minute hour day month weekday, UTC); got "${value}".`,
    );
  return fields.join(' ');
}

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** TRUST_PROXY: unset or false (X-Forwarded-For ignored), a hop count, or a comma list of addresses/CIDRs. */
function trustProxy(env: Env): AppConfig['trustProxy'] {
  const value = raw(env, 'TRUST_PROXY');
  if (value === undefined || value.toLowerCase() === 'false' || value === '0') return false;
  if (/^\d+$/.test(value)) return integer(env, 'TRUST_PROXY', 0, { min: 0, max: 20 });
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [address, bits, extra] = entry.split('/');
    const family = isIP(address);
    const validBits = bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 6 ? 128 : 32));
    if (!PROXY_NAMES.has(entry) && (family === 0 || !validBits || extra !== undefined)) {
      throw new ConfigError(
        'TRUST_PROXY',
        `must be false, a number of proxy hops, or a comma-separated list of proxy addresses or CIDRs (e.g. 10.0.0.0/8); got "${entry}".`,
      );
    }
  }
  return entries;
}

/** AUDIT_LOG: on/true (default outside tests) or off/false. */
function auditLog(env: Env, test: boolean): boolean {
  const value = raw(env, 'AUDIT_LOG')?.toLowerCase();
  if (value === undefined) return !test;
  if (value === 'on' || value === 'true') return true;
  if (value === 'off' || value === 'false') return false;
  throw new ConfigError('AUDIT_LOG', `must be on or off; got "${env.AUDIT_LOG}".`);
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
