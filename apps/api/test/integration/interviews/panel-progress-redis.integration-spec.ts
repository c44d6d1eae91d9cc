import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { PANEL_PROGRESS } from '../../../src/interviews/interviews.service';
import { createOrganization, signedIn } from '../../support/fixtures';
import { importSeedBank, scheduleLoop, scoreAndSubmit } from '../../support/interviews';
import { subscriber, webSocketUrl } from '../../support/subscriptions';
import { startTestApp, type TestApp } from '../../support/test-app';

const redisUrl = process.env.INTEGRATION_REDIS_URL;

// Two API processes behind one load balancer: the recruiter's socket is on one, the interviewer
// submits through the other. Runs where a Redis answers (see global-setup); skipped elsewhere.
(redisUrl ? describe : describe.skip)('live panel progress across API instances (REDIS_URL)', () => {
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    // Instances behind one load balancer share the database, Redis and the session-signing secret.
    const shared = { REDIS_URL: redisUrl ?? '', JWT_SECRET: randomBytes(32).toString('hex') };
    [first, second] = await Promise.all([startTestApp(shared), startTestApp(shared)]);
    await first.app.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    await Promise.all([first.close(), second.close()]);
  });

  it('delivers a submission made on one instance to a subscriber on the other', async () => {
    const org = await createOrganization(first.db, 'redis');
    const questionIds = await importSeedBank(first, org.id);
    const recruiter = await signedIn(first.client(), org.members.RECRUITER);
    const loop = await scheduleLoop(
      { kitEditor: await signedIn(second.client(), org.members.HIRING_MANAGER), scheduler: recruiter },
      org,
      questionIds,
      [org.members.INTERVIEWER],
      'redis@example.com',
    );

    const client = subscriber(webSocketUrl(first), recruiter.sessionCookie());
    const statuses: string[] = [];
    const submitted = new Promise<void>((resolve, reject) => {
      client.subscribe<{ panelProgress: { status: string } }>(
        { query: `subscription ($loopId: ID!) { panelProgress(loopId: $loopId) { status } }`, variables: { loopId: loop.loopId } },
        {
          next: ({ data }) => {
            if (data) statuses.push(data.panelProgress.status);
            if (data?.panelProgress.status === 'SUBMITTED') resolve();
          },
          error: (error: unknown) => reject(error instanceof Error ? error : new Error(JSON.stringify(error))),
          complete: () => undefined,
        },
      );
    });
    // graphql-ws does not acknowledge a subscription: wait until the first instance listens on Redis.
    const redis = new Redis(redisUrl ?? '');
    const listening = async () => ((await redis.pubsub('NUMSUB', PANEL_PROGRESS)) as [string, number])[1] > 0;
    while (!(await listening())) await new Promise((resolve) => setTimeout(resolve, 20));
    await redis.quit();
    const interviewer = await signedIn(second.client(), org.members.INTERVIEWER);
    await scoreAndSubmit(interviewer, loop.scorecardOf[org.members.INTERVIEWER.userId], loop.questionIds, [3, 3, 3]);
    await submitted;
    expect(statuses).toEqual(['DRAFT', 'SUBMITTED']);
    void client.dispose();
  });
});
