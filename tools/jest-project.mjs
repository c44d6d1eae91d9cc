// The `test` target of one Nx project: the named jest projects (see jest.config.cjs), limited to the
// test files under that project's root. Usage: node tools/jest-project.mjs <projectRoot> <jest project>...
// Extra jest flags after `--` are passed on (e.g. `npx nx test api -- --testNamePattern=audit`).
import { join } from 'node:path';
import { ROOT, spawnInherit } from './lib/run.mjs';

const args = process.argv.slice(2);
const split = args.indexOf('--');
const [projectRoot, ...jestProjects] = split === -1 ? args : args.slice(0, split);
const extra = split === -1 ? [] : args.slice(split + 1);
if (!projectRoot || jestProjects.length === 0) {
  console.error('usage: node tools/jest-project.mjs <projectRoot> <jest project>... [-- <jest flags>]');
  process.exit(2);
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const underRoot = `^${escapeRegExp(join(ROOT, projectRoot))}/`;
const jest = join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js');
const { exited } = spawnInherit(process.execPath, [
  jest,
  '--selectProjects',
  ...jestProjects,
  '--testPathPatterns',
  underRoot,
  '--passWithNoTests',
  ...extra,
]);
process.exit(await exited);
