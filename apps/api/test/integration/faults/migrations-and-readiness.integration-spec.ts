import request from 'supertest';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '@panelist/db';
import { HealthState } from '../../../src/health/health-state';
import { run, ts } from '../first-run/processes';
import { startTestApp } from '../../support/test-app';
import { emptyDatabase } from './databases';

describe('migrations', () => {
  it('two processes migrating one empty database at once both succeed, and each migration is applied once', async () => {
    const empty = await emptyDatabase('migrate_race');
    try {
      const env = { DATABASE_URL: empty.url };
      const [first, second] = await Promise.all([run(ts('db/cli.ts', 'migrate'), env), run(ts('db/cli.ts', 'migrate'), env)]);
      expect([first.code, second.code, first.stderr + second.stderr]).toEqual([0, 0, '']);
      const applied = [first.stdout, second.stdout]
        .map((out) => Number(/(\d+) migration\(s\) applied/.exec(out)?.[1]))
        .sort((a, b) => a - b);
      expect(applied).toEqual([0, MIGRATIONS.length]);
      const db = await new DataSource({ type: 'postgres', url: empty.url }).initialize();
      const [{ count }] = await db.query<Array<{ count: number }>>(`SELECT count(*)::int AS count FROM schema_migrations`);
      await db.destroy();
      expect(count).toBe(MIGRATIONS.length);
    } finally {
      await empty.drop();
    }
  });
});

describe('readiness', () => {
  it('is 503 while migrations are pending', async () => {
    const empty = await emptyDatabase('unmigrated');
    const t = await startTestApp({ DATABASE_URL: empty.url });
    try {
      const ready = await request(t.app.getHttpServer()).get('/health/ready');
      expect(ready.status).toBe(503);
      expect(ready.body).toMatchObject({ status: 'unavailable', database: 'ok', migrations: 'pending' });
    } finally {
      await t.close();
      await empty.drop();
    }
  });

  it('is 503 during the drain window after SIGTERM while requests are still answered', async () => {
    const t = await startTestApp({ SHUTDOWN_DRAIN_SECONDS: '1' });
    const server = t.app.getHttpServer();
    expect((await request(server).get('/health/ready')).status).toBe(200);
    // What Nest calls on SIGTERM before it closes the server.
    const draining = t.app.get(HealthState).beforeApplicationShutdown('SIGTERM');
    const ready = await request(server).get('/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({ database: 'ok', migrations: 'applied', draining: true });
    expect((await request(server).get('/health/live')).status).toBe(200);
    await draining;
    await t.close();
  });
});
