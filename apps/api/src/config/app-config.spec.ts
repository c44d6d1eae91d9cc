import { loadConfig } from './app-config';

const base = { DATABASE_URL: 'postgres://localhost/panelist' };

describe('loadConfig: ALLOW_ORGANIZATION_CREATION', () => {
  it('lets anyone signed in create an organization by default', () => {
    expect(loadConfig(base).organizationCreation).toBe('everyone');
    expect(loadConfig({ ...base, ALLOW_ORGANIZATION_CREATION: 'true' }).organizationCreation).toBe('everyone');
    expect(loadConfig({ ...base, ALLOW_ORGANIZATION_CREATION: '' }).organizationCreation).toBe('everyone');
  });

  it('restricts it to admins, or to the CLI', () => {
    expect(loadConfig({ ...base, ALLOW_ORGANIZATION_CREATION: 'admins' }).organizationCreation).toBe('admins');
    expect(loadConfig({ ...base, ALLOW_ORGANIZATION_CREATION: ' FALSE ' }).organizationCreation).toBe('cli');
  });

  it('refuses to start on any other value, saying which values it takes', () => {
    expect(() => loadConfig({ ...base, ALLOW_ORGANIZATION_CREATION: 'no' })).toThrow(
      /ALLOW_ORGANIZATION_CREATION must be true .* admins .* or false .*got "no"/,
    );
    expect(() => loadConfig({ ...base, ALLOW_ORGANIZATION_CREATION: 'yes' })).toThrow(/ALLOW_ORGANIZATION_CREATION/);
  });
});

describe('loadConfig: one schema, validated at start-up', () => {
  const refusal = (env: Record<string, string>) => {
    try {
      loadConfig({ ...base, ...env });
    } catch (error) {
      return (error as Error).message;
    }
    return 'accepted';
  };

  it('keeps the defaults', () => {
    const config = loadConfig(base);
    expect(config).toMatchObject({
      port: 3000,
      host: '0.0.0.0',
      sessionTtlHours: 12,
      loginAttemptsPerMinute: 10,
      secureCookies: false,
      redisUrl: null,
      metricsEnabled: false,
    });
    expect(config.jwtSecret).toHaveLength(64);
    expect(loadConfig({ ...base, NODE_ENV: 'production', JWT_SECRET: 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6' }).secureCookies).toBe(true);
  });

  it('refuses numbers that are not whole numbers in range, naming the variable', () => {
    expect(refusal({ PORT: 'abc' })).toMatch(/^PORT must be a whole number/);
    expect(refusal({ PORT: '70000' })).toMatch(/^PORT must be between 0 and 65535/);
    expect(refusal({ LOGIN_ATTEMPTS_PER_MINUTE: 'ten' })).toMatch(/^LOGIN_ATTEMPTS_PER_MINUTE must be a whole number.*"ten"/);
    expect(refusal({ SESSION_TTL_HOURS: '1.5' })).toMatch(/^SESSION_TTL_HOURS/);
    expect(loadConfig({ ...base, PORT: '8080', LOGIN_ATTEMPTS_PER_MINUTE: '5' })).toMatchObject({ port: 8080, loginAttemptsPerMinute: 5 });
  });

  it('takes only true or false for booleans', () => {
    expect(refusal({ COOKIE_SECURE: 'yes' })).toMatch(/^COOKIE_SECURE must be true or false; got "yes"/);
    expect(refusal({ METRICS_ENABLED: '1' })).toMatch(/^METRICS_ENABLED/);
    expect(refusal({ LOG_PRETTY: 'on' })).toMatch(/^LOG_PRETTY/);
    expect(loadConfig({ ...base, COOKIE_SECURE: 'TRUE' }).secureCookies).toBe(true);
    expect(
      loadConfig({ ...base, NODE_ENV: 'production', JWT_SECRET: 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6', COOKIE_SECURE: 'false' }).secureCookies,
    ).toBe(false);
  });

  it('checks URLs and their schemes', () => {
    expect(refusal({ DATABASE_URL: 'not a url' })).toMatch(/^DATABASE_URL must be a URL/);
    expect(refusal({ DATABASE_URL: 'mysql://localhost/x' })).toMatch(/^DATABASE_URL must start with postgres:/);
    expect(refusal({ REDIS_URL: 'localhost:6379' })).toMatch(/^REDIS_URL/);
    expect(refusal({ PUBLIC_URL: 'panelist.example.com' })).toMatch(/^PUBLIC_URL/);
    expect(loadConfig({ ...base, REDIS_URL: 'redis://127.0.0.1:6379' }).redisUrl).toBe('redis://127.0.0.1:6379');
  });

  it('refuses a JWT_SECRET that is short or easy to guess', () => {
    expect(refusal({ JWT_SECRET: 'short' })).toMatch(/^JWT_SECRET must be at least 32 characters/);
    expect(refusal({ JWT_SECRET: ' '.repeat(32) })).toMatch(/^JWT_SECRET is too easy to guess/);
    expect(refusal({ JWT_SECRET: 'a'.repeat(64) })).toMatch(/^JWT_SECRET is too easy to guess/);
    expect(refusal({ JWT_SECRET: 'ab'.repeat(32) })).toMatch(/^JWT_SECRET is too easy to guess/);
    expect(refusal({ NODE_ENV: 'production' })).toMatch(/^JWT_SECRET must be set/);
    expect(refusal({ JWT_SECRET: 'first-run-tests-'.padEnd(48, 'x') })).toBe('accepted');
  });

  it('checks log level, audit log and the metrics token', () => {
    expect(refusal({ LOG_LEVEL: 'loud' })).toMatch(/^LOG_LEVEL must be one of/);
    expect(loadConfig({ ...base, LOG_LEVEL: 'log' }).logLevel).toBe('info');
    expect(loadConfig({ ...base, NODE_ENV: 'test' }).logLevel).toBe('silent');
    expect(refusal({ AUDIT_LOG: 'maybe' })).toMatch(/^AUDIT_LOG must be on or off/);
    expect(loadConfig({ ...base, AUDIT_LOG: 'off' }).auditLog).toBe(false);
    expect(refusal({ METRICS_TOKEN: 'short' })).toMatch(/^METRICS_TOKEN must be at least 16/);
  });
});

describe('loadConfig: email', () => {
  it('sends no email without SMTP_URL', () => {
    expect(loadConfig(base).mail).toBeNull();
  });

  it('reads SMTP_URL, MAIL_FROM and the reminder settings', () => {
    const config = loadConfig({
      ...base,
      SMTP_URL: 'smtps://user:secret@mail.example.com:465',
      MAIL_FROM: 'Panelist <panelist@example.com>',
      SCORECARD_REMINDER_HOURS: '48',
      DIGEST_HOUR_UTC: '6',
    });
    expect(config.mail).toEqual({
      smtpUrl: 'smtps://user:secret@mail.example.com:465',
      from: 'Panelist <panelist@example.com>',
      reminderDelayHours: 48,
      reminderSweepCron: '*/15 * * * *',
      digestHourUtc: 6,
      retryDelaySeconds: 30,
    });
  });

  it('defaults the From address to panelist@ the public host', () => {
    expect(loadConfig({ ...base, SMTP_URL: 'smtp://localhost:25', PUBLIC_URL: 'https://hire.example.org' }).mail?.from).toBe(
      'panelist@hire.example.org',
    );
  });

  it('refuses what would only fail at the first email, naming the variable', () => {
    expect(() => loadConfig({ ...base, SMTP_URL: 'http://mail.example.com' })).toThrow(/^SMTP_URL must start with smtp: or smtps:/);
    expect(() => loadConfig({ ...base, SMTP_URL: 'smtp://localhost', MAIL_FROM: 'not an address' })).toThrow(/^MAIL_FROM must be an email/);
    expect(() => loadConfig({ ...base, MAIL_FROM: 'panelist@example.com' })).toThrow(/^MAIL_FROM is set but SMTP_URL is not/);
    expect(() => loadConfig({ ...base, SMTP_URL: 'smtp://localhost', DIGEST_HOUR_UTC: '24' })).toThrow(
      /^DIGEST_HOUR_UTC must be between 0 and 23/,
    );
    expect(() => loadConfig({ ...base, SMTP_URL: 'smtp://localhost', SCORECARD_REMINDER_HOURS: '0' })).toThrow(/^SCORECARD_REMINDER_HOURS/);
  });

  it('checks for overdue scorecards every quarter hour unless REMINDER_SWEEP_CRON says when', () => {
    const smtp = { ...base, SMTP_URL: 'smtp://localhost' };
    expect(loadConfig({ ...smtp, REMINDER_SWEEP_CRON: '* * * * *' }).mail?.reminderSweepCron).toBe('* * * * *');
    expect(loadConfig({ ...smtp, REMINDER_SWEEP_CRON: ' 0,30  8-18 * * 1-5 ' }).mail?.reminderSweepCron).toBe('0,30 8-18 * * 1-5');
    for (const invalid of ['every minute', '* * * *', '60 * * * *', '* 24 * * *', '*/5 * * * * *', '@hourly']) {
      expect(() => loadConfig({ ...smtp, REMINDER_SWEEP_CRON: invalid })).toThrow(
        /^REMINDER_SWEEP_CRON must be a five-field cron expression/,
      );
    }
  });

  it('runs background jobs except under jest, unless told', () => {
    expect(loadConfig(base).backgroundJobs).toBe(true);
    expect(loadConfig({ ...base, NODE_ENV: 'test' }).backgroundJobs).toBe(false);
    expect(loadConfig({ ...base, NODE_ENV: 'test', BACKGROUND_JOBS: 'true' }).backgroundJobs).toBe(true);
  });
});
