import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..', '..', '..');

describe('repository SQL types', () => {
  it('keeps every *.repository.types.ts in step with its SQL and the migrated schema (npm run sqltypes)', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'tools', 'sqltypes.mjs'), '--check'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: process.env.INTEGRATION_DATABASE_URL },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 130_000);
});
