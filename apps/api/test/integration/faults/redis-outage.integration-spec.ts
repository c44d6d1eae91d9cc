import { randomBytes } from 'node:crypto';
import request from 'supertest';
import Redis from 'ioredis';
import { PANEL_PROGRESS } from '../../../src/interviews/interviews.service';
import { createOrganization, signedIn } from '../../support/fixtures';
import { addInterviewer, importSeedBank, SAVE_DRAFT, scheduleLoop, scoreAndSubmit, type Loop } from '../../support/interviews';
import { subscriber, webSocketUrl } from '../../support/subscriptions';
import { startTestApp, type GraphQLTestClient, type TestApp } from '../../support/test-app';
import type { TestOrganization, TestMember } from '../../support/fixtures';
import { TcpProxy } from './tcp-proxy';

const redisUrl = process.env.INTEGRATION_REDIS_URL;

// Two instances on one PostgreSQL and one Redis; Redis sits behind a proxy the test cuts and mends.
(redisUrl ? describe : describe.skip)('Redis between two API instances: dates in events, and an outage', () => {
  let proxy: TcpProxy;
  let first: TestApp;
  let second: TestApp;
  let org: TestOrganization;
  let loop: Loop;
  let other: TestMember;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    proxy = await TcpProxy.start(redisUrl ?? '');
    const shared = { REDIS_URL: proxy.urlFor(redisUrl ?? ''), JWT_SECRET: randomBytes(32).toString('hex') };
    [first, second] = await Promise.all([startTestApp(shared), startTestApp(shared)]);
    await first.app.listen(0, '127.0.0.1');
    org = await createOrganization(first.db, 'redisfault');
    other = await addInterviewer(first, org, 'Second Interviewer');
    const questionIds = await importSeedBank(first, org.id);
    const recruiter = await signedIn(first.client(), org.members.RECRUITER);
    const kitEditor = await signedIn(second.client(), org.members.HIRING_MANAGER);
    loop = await scheduleLoop(
      { kitEditor, scheduler: recruiter },
      org,
      questionIds,
      [org.members.INTERVIEWER, other],
      'redis-fault@example.com',
    );
  });
  afterAll(async () => {
    proxy.set('forward');
    await Promise.all([first.close(), second.close()]);
    await proxy.close();
    process.off('unhandledRejection', onUnhandled);
  });

  const ready = (t: TestApp) => request(t.app.getHttpServer()).get('/health/ready');

  it('a subscriber on one instance gets submittedAt of a scorecard submitted on the other', async () => {
    const recruiter = await signedIn(first.client(), org.members.RECRUITER);
    const client = subscriber(webSocketUrl(first), recruiter.sessionCookie());
    const events: Array<{ status: string; submittedAt: string | null }> = [];
    const submitted = new Promise<void>((resolve, reject) => {
      client.subscribe<{ panelProgress: { status: string; submittedAt: string | null } }>(
        {
          query: `subscription ($loopId: ID!) { panelProgress(loopId: $loopId) { status submittedAt } }`,
          variables: { loopId: loop.loopId },
        },
        {
          next: ({ data, errors }) => {
            if (errors) reject(new Error(JSON.stringify(errors)));
            if (data) events.push(data.panelProgress);
            if (data?.panelProgress.status === 'SUBMITTED') resolve();
          },
          error: (error: unknown) => reject(error instanceof Error ? error : new Error(JSON.stringify(error))),
          complete: () => undefined,
        },
      );
    });
    const redis = new Redis(redisUrl ?? '');
    while (((await redis.pubsub('NUMSUB', PANEL_PROGRESS)) as [string, number])[1] === 0)
      await new Promise((resolve) => setTimeout(resolve, 20));
    await redis.quit();
    const interviewer = await signedIn(second.client(), org.members.INTERVIEWER);
    const scorecard = await scoreAndSubmit(interviewer, loop.scorecardOf[org.members.INTERVIEWER.userId], loop.questionIds, [3, 3, 3]);
    await submitted;
    expect(events.map((event) => event.status)).toEqual(['DRAFT', 'SUBMITTED']);
    expect(events[1].submittedAt).toBe((scorecard as unknown as { submittedAt: string }).submittedAt);
    expect(events[1].submittedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await client.dispose();
  });

  it('with Redis gone the instances stay up, saves succeed and say so, readiness says Redis is down; then it recovers', async () => {
    const recruiter = await signedIn(first.client(), org.members.RECRUITER);
    const client = subscriber(webSocketUrl(first), recruiter.sessionCookie());
    client.subscribe(
      { query: `subscription ($loopId: ID!) { panelProgress(loopId: $loopId) { status } }`, variables: { loopId: loop.loopId } },
      {
        next: () => undefined,
        error: () => undefined,
        complete: () => undefined,
      },
    );
    const redis = new Redis(redisUrl ?? '');
    while (((await redis.pubsub('NUMSUB', PANEL_PROGRESS)) as [string, number])[1] === 0)
      await new Promise((resolve) => setTimeout(resolve, 20));
    await redis.quit();

    proxy.set('refuse');
    const interviewer: GraphQLTestClient = await signedIn(second.client(), other);
    const saved = await interviewer.request<{ saveScorecardDraft: { status: string } }>(SAVE_DRAFT, {
      input: { scorecardId: loop.scorecardOf[other.userId], version: 1, summary: 'Saved while Redis is down.' },
    });
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.saveScorecardDraft.status).toBe('DRAFT');
    const [row] = await second.db.query<Array<{ summary: string }>>(`SELECT summary FROM scorecards WHERE id = $1`, [
      loop.scorecardOf[other.userId],
    ]);
    expect(row.summary).toBe('Saved while Redis is down.');

    for (const t of [first, second]) {
      const answer = await ready(t);
      expect(answer.status).toBe(503);
      expect(answer.body).toMatchObject({ database: 'ok', redis: 'unreachable', migrations: 'applied' });
    }
    // Closing the subscription unsubscribes from a Redis that is not there.
    await client.dispose();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(unhandled).toEqual([]);
    expect((await request(first.app.getHttpServer()).get('/health/live')).status).toBe(200);

    proxy.set('forward');
    for (const t of [first, second]) {
      while ((await ready(t)).status !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(unhandled).toEqual([]);
  });
});
