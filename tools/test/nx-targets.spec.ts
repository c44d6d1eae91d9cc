// Nx as Nx: every project has cached lint, typecheck and test targets, every jest test file is run by
// its project's test target, and `nx affected` follows the project graph (a lib change selects its
// dependents, and only them).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const NX = join(ROOT, 'node_modules', 'nx', 'dist', 'bin', 'nx.js');

interface Target {
  executor?: string;
  cache?: boolean;
  inputs?: unknown[];
  options?: { command?: string };
}
interface ProjectNode {
  name: string;
  data: { root: string; targets: Record<string, Target> };
}

function nx(args: string[]): string {
  return execFileSync(process.execPath, [NX, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' },
  });
}

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (['node_modules', 'dist', 'tmp', '.nx', '.git', '.data'].includes(entry.name)) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return /\.(spec|integration-spec)\.tsx?$/.test(entry.name) ? [relative(ROOT, path)] : [];
  });
}

describe('Nx targets', () => {
  let projects: ProjectNode[];

  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'panelist-nx-'));
    try {
      nx(['graph', `--file=${join(dir, 'graph.json')}`]);
      const graph = JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8')) as { graph: { nodes: Record<string, ProjectNode> } };
      projects = Object.values(graph.graph.nodes);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('knows every project: apps, libs, the database layer, e2e and tools', () => {
    expect(projects.map((p) => p.name).sort()).toEqual(
      expect.arrayContaining(['api', 'web', 'db', 'e2e', 'tools', 'errors', 'kits', 'question-bank', 'roles', 'scorecards', 'scoring']),
    );
  });

  it('gives every project cached lint, typecheck and test targets with declared inputs', () => {
    const missing = projects.flatMap((project) =>
      ['lint', 'typecheck', 'test']
        .filter((name) => {
          const target = project.data.targets[name];
          return !target || target.cache !== true || !target.inputs?.length || !target.options?.command;
        })
        .map((name) => `${project.name}:${name}`),
    );
    expect(missing).toEqual([]);
  });

  it('runs every jest test file from the test target of the project that holds it', () => {
    const owner = (file: string) =>
      projects.filter((p) => file.startsWith(`${p.data.root}/`)).sort((a, b) => b.data.root.length - a.data.root.length)[0];
    const unowned = testFiles(ROOT).flatMap((file) => {
      if (file.startsWith('e2e/')) return []; // Playwright specs: e2e's test target runs them
      const jestProject = file.startsWith('apps/web/') ? 'web' : file.endsWith('.integration-spec.ts') ? 'integration' : 'unit';
      const project = owner(file);
      const [, root = '', jestProjects = ''] =
        /jest-project\.mjs (\S+)((?: [\w-]+)+)/.exec(project?.data.targets.test?.options?.command ?? '') ?? [];
      return project && root === project.data.root && jestProjects.trim().split(' ').includes(jestProject)
        ? []
        : [`${file} (${jestProject})`];
    });
    expect(unowned).toEqual([]);
  });

  it('selects a changed lib and its dependents, and nothing else, as affected', () => {
    const affected = JSON.parse(nx(['show', 'projects', '--affected', '--files=libs/kits/src/kit-rules.ts', '--json'])) as string[];
    // kits is read by scoring, the database layer and both apps; e2e depends on the apps.
    expect(affected.sort()).toEqual(['api', 'db', 'e2e', 'kits', 'scoring', 'web']);
  }, 60_000);

  it('selects only the app when a file of the app changes', () => {
    const affected = JSON.parse(nx(['show', 'projects', '--affected', '--files=apps/web/src/main.tsx', '--json'])) as string[];
    expect(affected.sort()).toEqual(['e2e', 'web']);
  }, 60_000);
});
