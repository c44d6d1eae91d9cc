import { join } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { webLayoutConfig } from '../web-layout.cjs';

const ROOT = join(__dirname, '..', '..');

/** Lints one imagined file of the web app with only the layout rules, as configured for the repo. */
async function layoutErrors(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({
    cwd: ROOT,
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tseslint.parser } }, ...webLayoutConfig()],
  });
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, filePath) });
  return result.messages.map((message) => `${message.ruleId}: ${message.message}`);
}

const refused = [expect.stringMatching(/^no-restricted-imports: /)];

describe('the web app layout', () => {
  it('stops ui from importing a feature module', async () => {
    expect(
      await layoutErrors('apps/web/src/modules/ui/components/Probe.tsx', `import { JobForm } from '../../jobs';\nexport { JobForm };`),
    ).toEqual(refused);
    expect(
      await layoutErrors('apps/web/src/modules/ui/Probe.ts', `import { describeError } from '../errors';\nexport { describeError };`),
    ).toEqual([]);
  });

  it('stops errors from importing a feature module, a page or the app', async () => {
    expect(
      await layoutErrors('apps/web/src/modules/errors/utils/probe.ts', `import { useViewer } from '../../auth';\nexport { useViewer };`),
    ).toEqual(refused);
    expect(
      await layoutErrors('apps/web/src/modules/errors/utils/probe.ts', `import { routes } from '../../../app/routes';\nexport { routes };`),
    ).toEqual(refused);
  });

  it('makes pages use a module through its index', async () => {
    expect(
      await layoutErrors(
        'apps/web/src/pages/jobs/Probe.tsx',
        `import { JobForm } from '../../modules/jobs/components/JobForm';\nexport { JobForm };`,
      ),
    ).toEqual(refused);
    expect(
      await layoutErrors(
        'apps/web/src/pages/jobs/Probe.tsx',
        `import { jobFormValues } from '../../modules/jobs/utils/job-form';\nexport { jobFormValues };`,
      ),
    ).toEqual(refused);
    // A route's sheet loads with the route's chunk: the page imports it.
    expect(await layoutErrors('apps/web/src/pages/audit/Probe.tsx', `import '../../modules/audit/audit.css';`)).toEqual([]);
    expect(
      await layoutErrors('apps/web/src/pages/jobs/Probe.tsx', `import { JobForm } from '../../modules/jobs';\nexport { JobForm };`),
    ).toEqual([]);
  });

  it('makes the app use a module through its index', async () => {
    expect(
      await layoutErrors(
        'apps/web/src/app/Probe.tsx',
        `import { AppShell } from '../modules/shell/components/AppShell';\nexport { AppShell };`,
      ),
    ).toEqual(refused);
    expect(await layoutErrors('apps/web/src/app/Probe.tsx', `import { AppShell } from '../modules/shell';\nexport { AppShell };`)).toEqual(
      [],
    );
  });

  it('makes features use each other through an index, at any depth', async () => {
    expect(
      await layoutErrors(
        'apps/web/src/modules/jobs/components/Probe.tsx',
        `import { Notice } from '../../interviews/components/Notice';\nexport { Notice };`,
      ),
    ).toEqual(refused);
    expect(
      await layoutErrors(
        'apps/web/src/modules/jobs/Probe.ts',
        `import { Notice } from '../interviews/components/Notice';\nexport { Notice };`,
      ),
    ).toEqual(refused);
    expect(
      await layoutErrors('apps/web/src/modules/jobs/components/Probe.tsx', `export { Alert } from '../../ui/components/Alert';`),
    ).toEqual(refused);
    expect(
      await layoutErrors(
        'apps/web/src/modules/jobs/components/Probe.tsx',
        `import { Notice } from '../../interviews';\nexport { Notice };`,
      ),
    ).toEqual([]);
  });

  it('lets a module use its own files and the generated types', async () => {
    const code = `import { JobStatusBadge } from './JobStatusBadge';\nimport { jobFormValues } from '../utils/job-form';\nimport type { JobQuery } from '../../../generated/graphql';\nexport { JobStatusBadge, jobFormValues, type JobQuery };`;
    expect(await layoutErrors('apps/web/src/modules/jobs/components/Probe.tsx', code)).toEqual([]);
  });

  it('stops a module from importing a page', async () => {
    expect(
      await layoutErrors(
        'apps/web/src/modules/jobs/components/Probe.tsx',
        `import { JobPage } from '../../../pages/jobs/JobPage';\nexport { JobPage };`,
      ),
    ).toEqual(refused);
  });

  it('leaves tests free to reach fixtures inside a module', async () => {
    expect(
      await layoutErrors(
        'apps/web/src/pages/jobs/Probe.spec.tsx',
        `import { JOB } from '../../modules/jobs/__tests__/job-fixtures';\nexport { JOB };`,
      ),
    ).toEqual([]);
  });
});
