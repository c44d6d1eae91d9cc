import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import nx from '@nx/eslint-plugin';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { depConstraints } from '../module-boundaries.cjs';

const ROOT = join(__dirname, '..', '..');

/** Lints one imagined file with only the module-boundaries rule, as configured for the repo. */
async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({
    cwd: ROOT,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts', '**/*.tsx'],
        languageOptions: { parser: tseslint.parser },
        plugins: { '@nx': nx as unknown as ESLint.Plugin },
        rules: { '@nx/enforce-module-boundaries': ['error', { enforceBuildableLibDependency: false, allow: [], depConstraints }] },
      },
    ],
  });
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, filePath) });
  return result.messages.map((message) => `${message.ruleId}: ${message.message}`);
}

describe('Nx module boundaries', () => {
  beforeAll(() => {
    execFileSync(process.execPath, [join(ROOT, 'tools', 'nx-graph.mjs')], { cwd: ROOT });
  }, 60_000);

  it('stops the web app from importing the api', async () => {
    expect(
      await boundaryErrors('apps/web/src/probe.ts', `import { AppModule } from '../../api/src/app.module';\nexport { AppModule };`),
    ).toEqual([expect.stringMatching(/^@nx\/enforce-module-boundaries: /)]);
  });

  it('stops the api from importing the web app', async () => {
    expect(await boundaryErrors('apps/api/src/probe.ts', `import { App } from '../../web/src/app/App';\nexport { App };`)).toEqual([
      expect.stringMatching(/^@nx\/enforce-module-boundaries: /),
    ]);
  });

  it('stops a lib from importing the database layer', async () => {
    expect(await boundaryErrors('libs/roles/src/probe.ts', `import { MIGRATIONS } from '@panelist/db';\nexport { MIGRATIONS };`)).toEqual([
      expect.stringMatching(/^@nx\/enforce-module-boundaries: /),
    ]);
  });

  it('lets the api and the web app use the shared libs', async () => {
    expect(await boundaryErrors('apps/api/src/probe.ts', `import { ROLES } from '@panelist/roles';\nexport { ROLES };`)).toEqual([]);
    expect(
      await boundaryErrors('apps/web/src/probe.ts', `import { friendlyMessage } from '@panelist/errors';\nexport { friendlyMessage };`),
    ).toEqual([]);
  });
});
