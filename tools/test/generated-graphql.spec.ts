// The web's generated/graphql.ts is committed; this proves it is what `npm run codegen` would write from
// the committed schema (apps/api/schema.gql, itself checked against the code by the platform integration
// test) and the .graphql documents beside the web's features. Nothing else lives in generated/.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

describe('generated GraphQL types', () => {
  it('holds only graphql.ts', () => {
    expect(readdirSync(join(ROOT, 'apps', 'web', 'src', 'generated'))).toEqual(['graphql.ts']);
  });

  it('is in step with apps/api/schema.gql and the web documents (else: npm run codegen)', () => {
    // @graphql-codegen/cli loads ES modules that jest cannot require, so it runs as its own process.
    const cli = join(ROOT, 'node_modules', '@graphql-codegen', 'cli', 'cjs', 'bin.js');
    const run = spawnSync(process.execPath, [cli, '--config', 'apps/web/codegen.ts', '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect({ status: run.status, output: `${run.stdout}${run.stderr}`.includes('stale files') ? 'stale' : 'fresh' }).toEqual({
      status: 0,
      output: 'fresh',
    });
  }, 90_000);
});
