import { demoDataDecision, demoDataLogLine } from '../lib/demo-data.cjs';

describe('demo data for npm start (demoDataDecision)', () => {
  it('is on for the embedded database outside production, and says so', () => {
    const decision = demoDataDecision({}, true);
    expect(decision.seed).toBe(true);
    expect(demoDataLogLine(decision)).toMatch(/^Demo data: on — embedded database/);
    expect(demoDataDecision({ NODE_ENV: 'development' }, true).seed).toBe(true);
  });

  it('is never on in production, whatever PANELIST_DEMO says', () => {
    for (const usingEmbedded of [true, false]) {
      for (const PANELIST_DEMO of [undefined, '', '0', '1']) {
        const decision = demoDataDecision({ NODE_ENV: 'production', PANELIST_DEMO }, usingEmbedded);
        expect(decision.seed).toBe(false);
        expect(demoDataLogLine(decision)).toMatch(/^Demo data: off because NODE_ENV is production/);
      }
    }
  });

  it('is off with PANELIST_DEMO=0, on the embedded database too', () => {
    expect(demoDataLogLine(demoDataDecision({ PANELIST_DEMO: '0' }, true))).toBe('Demo data: off because PANELIST_DEMO=0.');
    expect(demoDataDecision({ PANELIST_DEMO: '0' }, false).seed).toBe(false);
  });

  it('is off on a PostgreSQL of your own (DATABASE_URL) unless PANELIST_DEMO=1 asks for it', () => {
    const own = demoDataDecision({ DATABASE_URL: 'postgres://db/panelist' }, false);
    expect(own.seed).toBe(false);
    expect(demoDataLogLine(own)).toMatch(/^Demo data: off because DATABASE_URL is set/);
    expect(demoDataDecision({ DATABASE_URL: 'postgres://db/panelist', PANELIST_DEMO: '1' }, false)).toEqual({
      seed: true,
      reason: 'PANELIST_DEMO=1',
    });
  });

  it('refuses a PANELIST_DEMO it does not understand instead of guessing', () => {
    expect(() => demoDataDecision({ PANELIST_DEMO: 'yes' }, true)).toThrow(/PANELIST_DEMO must be 1 .* or 0/);
    expect(() => demoDataDecision({ PANELIST_DEMO: 'false', NODE_ENV: 'production' }, true)).toThrow(/PANELIST_DEMO/);
  });
});
