import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

interface StartFigures {
  seconds: number;
  cpuSeconds: number;
  rssMb: number;
  pssMb: number;
}

const ROOT = join(__dirname, '..', '..');

/**
 * `npm start` as a person runs it (tools/start.mjs: embedded PostgreSQL, migrations, demo data, the
 * API), on an empty data folder and again on that folder, through the start-up benchmark. It prints
 * the figures for CI logs; the bounds are generous on purpose (a busy machine is slow, not broken):
 * the README's performance section has the measured figures. The web build is left out here (the
 * browser journeys build it); SKIP_WEB_BUILD is how npm start serves an existing build.
 */
describe('npm start', () => {
  it('answers on /graphql after a cold start and a warm start, and prints how long they took', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [join(ROOT, 'tools', 'bench-start.mjs'), '--rounds', '1', '--json', '--no-warm-up'],
      {
        cwd: ROOT,
        env: { ...process.env, SKIP_WEB_BUILD: 'true', DATABASE_URL: '', PANELIST_DEMO: '' },
        timeout: 170_000,
      },
    );
    const { cold, warm } = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as { cold: StartFigures[]; warm: StartFigures[] };
    const describe = (figures: StartFigures) =>
      `${figures.seconds.toFixed(2)} s (CPU ${figures.cpuSeconds.toFixed(2)} s), idle RSS ${figures.rssMb.toFixed(0)} MB, PSS ${figures.pssMb.toFixed(0)} MB`;
    console.log(`npm start, cold: ${describe(cold[0])}\nnpm start, warm: ${describe(warm[0])}`);
    expect(cold[0].seconds).toBeLessThan(90);
    expect(warm[0].seconds).toBeLessThan(60);
  }, 180_000);
});
