// Helpers for the first-run tests: a database of their own (an empty one is the point), and real
// processes (npm start's launcher, the API, the CLIs) run the way an operator runs them.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { createDataSource } from '@panelist/db';

export const ROOT = join(__dirname, '..', '..', '..', '..', '..');
const TS_REGISTER = join(ROOT, 'tools', 'ts-register.cjs');

export interface FreshDatabase {
  url: string;
  db: DataSource;
  drop(): Promise<void>;
}

/** A new, migrated database on the integration server, for tests that need it empty or alone. */
export async function freshDatabase(): Promise<FreshDatabase> {
  const shared = process.env.INTEGRATION_DATABASE_URL;
  if (!shared) throw new Error('INTEGRATION_DATABASE_URL is not set: run through jest --selectProjects integration');
  const server = new URL(shared);
  server.pathname = '/postgres';
  const name = `panelist_first_run_${randomBytes(6).toString('hex')}`;
  const admin = await new DataSource({ type: 'postgres', url: server.toString() }).initialize();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(shared);
  url.pathname = `/${name}`;
  const db = createDataSource(url.toString());
  await db.initialize();
  await db.runMigrations({ transaction: 'each' });
  return {
    url: url.toString(),
    db,
    async drop() {
      await db.destroy();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.destroy();
    },
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface Running {
  child: ChildProcess;
  output(): string;
  /** Resolves once a line matches, rejects when the process exits first or time runs out. */
  waitFor(pattern: RegExp, ms?: number): Promise<void>;
  /** SIGTERM (the way Ctrl-C and docker stop end it) and wait for the exit code. */
  stop(): Promise<number | null>;
}

/** The environment of a child: ours, without the test runner's NODE_ENV, plus the given variables. */
function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = { ...process.env };
  delete base.NODE_ENV;
  delete base.DATABASE_URL;
  delete base.PANELIST_DEMO;
  delete base.PUBLIC_URL;
  return { ...base, ...env };
}

export function start(args: string[], env: Record<string, string>): Running {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const listeners = new Set<() => void>();
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    output: () => output,
    waitFor(pattern, ms = 90_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => done(new Error(`timed out waiting for ${pattern}; output:\n${output}`)), ms);
        const check = () => {
          if (pattern.test(output)) done();
        };
        const done = (error?: Error) => {
          clearTimeout(timer);
          listeners.delete(check);
          if (error) reject(error);
          else resolve();
        };
        listeners.add(check);
        void exited.then((code) =>
          done(pattern.test(output) ? undefined : new Error(`exited with ${code} before ${pattern}; output:\n${output}`)),
        );
        check();
      });
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** Runs a process to its end. */
export async function run(args: string[], env: Record<string, string>): Promise<Finished> {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', (exitCode) => resolve(exitCode)));
  return { code, stdout, stderr };
}

/** Runs a TypeScript entry point the way the Docker image and the launchers do. */
export const ts = (entry: string, ...args: string[]) => ['-r', TS_REGISTER, join(ROOT, entry), ...args];

/** A sign-in attempt over HTTP against a running app; returns the GraphQL error code or the role. */
export async function signIn(port: number, email: string, password: string): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($input: LoginInput!) { login(input: $input) { role } }',
      variables: { input: { email, password } },
    }),
  });
  const body = (await response.json()) as {
    data?: { login?: { role: string } } | null;
    errors?: Array<{ extensions?: { code?: string } }>;
  };
  return body.data?.login?.role ?? body.errors?.[0]?.extensions?.code ?? 'NO_ANSWER';
}

export const JWT_SECRET = 'first-run-tests-'.padEnd(48, 'x');
