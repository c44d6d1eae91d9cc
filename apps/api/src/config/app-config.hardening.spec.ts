import { loadConfig } from './app-config';

const load = (env: Record<string, string>) => loadConfig({ DATABASE_URL: 'postgres://localhost/x', ...env });

describe('loadConfig: proxies, production and per-account sign-in limit', () => {
  it('trusts no X-Forwarded-For unless TRUST_PROXY says so', () => {
    expect(load({}).trustProxy).toBe(false);
    expect(load({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(load({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(load({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.7,loopback, fd00::/8' }).trustProxy).toEqual([
      '10.0.0.0/8',
      '192.168.1.7',
      'loopback',
      'fd00::/8',
    ]);
  });

  it.each(['true', '10.0.0.0/33', 'proxy.example.com', '10.0.0.1/8/2', '99'])('refuses TRUST_PROXY=%s naming the variable', (value) => {
    expect(() => load({ TRUST_PROXY: value })).toThrow(/^TRUST_PROXY /);
  });

  it('reads NODE_ENV=production and LOGIN_FAILURES_PER_ACCOUNT', () => {
    expect(load({}).production).toBe(false);
    expect(load({ NODE_ENV: 'production', JWT_SECRET: '0123456789abcdef0123456789abcdef' }).production).toBe(true);
    expect(load({}).loginFailuresPerAccount).toBe(20);
    expect(load({ LOGIN_FAILURES_PER_ACCOUNT: '5' }).loginFailuresPerAccount).toBe(5);
    expect(() => load({ LOGIN_FAILURES_PER_ACCOUNT: 'five' })).toThrow(/^LOGIN_FAILURES_PER_ACCOUNT /);
  });
});
