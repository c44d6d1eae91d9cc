import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';

const FIXTURE = join(__dirname, 'hold-embedded-postgres.mjs');

function hold(dataDir: string, port: number): Promise<{ child: ChildProcess; url: string; output: string[] }> {
  const child = spawn(process.execPath, [FIXTURE, dataDir, String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output.push(...chunk.toString().split('\n').filter(Boolean));
      const ready = output.find((line) => line.startsWith('READY '));
      if (ready) resolve({ child, url: ready.slice(6), output });
    });
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('exit', (code) => reject(new Error(`fixture exited with ${code}: ${output.join('\n')}`)));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const exited = (child: ChildProcess) => new Promise((resolve) => child.once('exit', resolve));

async function query(url: string, sql: string): Promise<unknown> {
  const db = await new DataSource({ type: 'postgres', url }).initialize();
  try {
    return await db.query(sql);
  } finally {
    await db.destroy();
  }
}

describe('embedded PostgreSQL launcher', () => {
  const dir = mkdtempSync(join(tmpdir(), 'panelist-crash-'));
  chmodSync(dir, 0o755);
  const dataDir = join(dir, 'data');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('recovers by itself after its owner was SIGKILLed, keeping committed data', async () => {
    const port = await freePort();
    const first = await hold(dataDir, port);
    await query(first.url, 'CREATE TABLE kept (id int)');
    await query(first.url, 'INSERT INTO kept VALUES (42)');
    first.child.kill('SIGKILL');
    await exited(first.child);
    // The orphaned postgres and its postmaster.pid are still there: the trap a naive restart falls into.
    expect(existsSync(join(dataDir, 'postmaster.pid'))).toBe(true);
    const orphan = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);

    const second = await hold(dataDir, port);
    expect(second.output.join('\n')).toMatch(/left running by an earlier start/);
    expect(() => process.kill(orphan, 0)).toThrow();
    expect(await query(second.url, 'SELECT id FROM kept')).toEqual([{ id: 42 }]);

    second.child.kill('SIGTERM');
    await exited(second.child);
    expect(existsSync(join(dataDir, 'postmaster.pid'))).toBe(false);
  }, 60_000);
});
