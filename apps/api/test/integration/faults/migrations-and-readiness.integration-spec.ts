import request from 'supertest';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '@panelist/db';
import { HealthState } from '../../../src/health/health-state';
import { WARM_CONNECTIONS, warmUp, type WarmUpReport } from '../../../src/health/warm-up';
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

  it('is 503 (warmingUp) while the start-up warm-up runs, and ok once it is done or has failed', async () => {
    const t = await startTestApp();
    try {
      const server = t.app.getHttpServer();
      const health = t.app.get(HealthState);
      let finish!: (report: WarmUpReport) => void;
      health.warmUp(new Promise<WarmUpReport>((resolve) => (finish = resolve)));
      const warming = await request(server).get('/health/ready');
      expect(warming.status).toBe(503);
      expect(warming.body).toMatchObject({ status: 'unavailable', database: 'ok', migrations: 'applied', warmingUp: true });
      finish({ queries: 0, connections: 0, ms: 0 });
      await new Promise((resolve) => setImmediate(resolve));
      expect((await request(server).get('/health/ready')).body).not.toHaveProperty('warmingUp');
      expect((await request(server).get('/health/ready')).status).toBe(200);

      // A warm-up that fails moves its work to the first requests; the API becomes ready all the same.
      health.warmUp(Promise.reject(new Error('no connection')));
      await new Promise((resolve) => setImmediate(resolve));
      expect((await request(server).get('/health/ready')).status).toBe(200);
    } finally {
      await t.close();
    }
  });
});

describe('warm-up', () => {
  it('parses every query no request has used yet and leaves connections open for the first requests', async () => {
    const t = await startTestApp();
    try {
      const pool = (t.db.driver as unknown as { master: { totalCount: number } }).master;
      const report = await warmUp(t.db, 10);
      // Every repository the app module loads, parsed once: a second warm-up has nothing left.
      expect(report.queries).toBeGreaterThan(100);
      expect(report.connections).toBe(WARM_CONNECTIONS);
      expect(pool.totalCount).toBeGreaterThanOrEqual(WARM_CONNECTIONS);
      expect((await warmUp(t.db, 2)).queries).toBe(0);
      expect((await warmUp(t.db, 2)).connections).toBe(2);
    } finally {
      await t.close();
    }
  });
});
