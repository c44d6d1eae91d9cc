import type { Client } from 'graphql-ws';
import { PUB_SUB, type EventBus } from '../../../src/common/graphql/pub-sub';
import { PANEL_PROGRESS } from '../../../src/interviews/interviews.service';
import { createOrganization, signedIn, type TestOrganization } from '../../support/fixtures';
import { importSeedBank, scheduleLoop, scoreAndSubmit, type Loop } from '../../support/interviews';
import { subscriber, webSocketUrl } from '../../support/subscriptions';
import { startTestApp, type GraphQLTestClient, type TestApp } from '../../support/test-app';

const PROGRESS = `subscription ($loopId: ID!) { panelProgress(loopId: $loopId) { id loopId status submittedAt interviewer { name } } }`;

interface Seat {
  id: string;
  status: string;
  interviewer: { name: string };
}

/** Resolves with the first `count` events, or rejects with the first error. */
function nextEvents(client: Client, loopId: string, count = 1): Promise<Seat[]> {
  const received: Seat[] = [];
  return new Promise<Seat[]>((resolve, reject) => {
    const dispose = client.subscribe<{ panelProgress: Seat }>(
      { query: PROGRESS, variables: { loopId } },
      {
        next: (result) => {
          if (result.errors) {
            reject(new Error(JSON.stringify(result.errors)));
            return;
          }
          received.push(result.data!.panelProgress);
          if (received.length === count) {
            dispose();
            resolve(received);
          }
        },
        error: (error: unknown) => reject(error instanceof Error ? error : new Error(JSON.stringify(error))),
        complete: () => undefined,
      },
    );
  });
}

describe('live panel progress over graphql-ws', () => {
  let t: TestApp;
  let org: TestOrganization;
  let loop: Loop;
  let url: string;
  let recruiter: GraphQLTestClient;
  let questionIds: string[];
  const clients: Client[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    url = webSocketUrl(t);
    org = await createOrganization(t.db, 'progress');
    questionIds = await importSeedBank(t, org.id);
    recruiter = await signedIn(t.client(), org.members.RECRUITER);
    loop = await scheduleLoop(
      { kitEditor: await signedIn(t.client(), org.members.HIRING_MANAGER), scheduler: recruiter },
      org,
      questionIds,
      [org.members.INTERVIEWER],
      'live@example.com',
    );
  });
  afterAll(async () => {
    for (const client of clients) void client.dispose();
    await t.close();
  });
  const listeners = () => t.app.get<EventBus>(PUB_SUB).listenerCount(PANEL_PROGRESS);
  const until = async (done: () => boolean) => {
    while (!done()) await new Promise((resolve) => setTimeout(resolve, 10));
  };
  /** graphql-ws does not acknowledge a subscription: wait until it listens on the PubSub. */
  const subscribed = () => until(() => listeners() > 0);
  // Each test ends with its subscription gone, so the next one's wait means what it says.
  afterEach(() => until(() => listeners() === 0));
  const connect = (cookie: string) => {
    const client = subscriber(url, cookie);
    clients.push(client);
    return client;
  };

  it('tells the recruiter when an interviewer starts and submits, without any ratings in the event', async () => {
    const events = nextEvents(connect(recruiter.sessionCookie()), loop.loopId, 2);
    await subscribed();
    const interviewer = await signedIn(t.client(), org.members.INTERVIEWER);
    await scoreAndSubmit(interviewer, loop.scorecardOf[org.members.INTERVIEWER.userId], loop.questionIds, [3, 3, 2]);
    const seats = await events;
    expect(seats.map((seat) => seat.status)).toEqual(['DRAFT', 'SUBMITTED']);
    expect(seats[1]).toMatchObject({
      id: loop.scorecardOf[org.members.INTERVIEWER.userId],
      interviewer: { name: org.members.INTERVIEWER.name },
    });
  });

  it('tells the loop page about a seat added by scheduling, so it can reload the loop', async () => {
    const events = nextEvents(connect(recruiter.sessionCookie()), loop.loopId, 1);
    await subscribed();
    await recruiter.ok(`mutation ($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { id } }`, {
      input: { loopId: loop.loopId, kitId: loop.kitId, scheduledAt: '2026-12-05T09:00:00Z', interviewerIds: [org.members.ADMIN.userId] },
    });
    expect(await events).toEqual([expect.objectContaining({ status: 'PENDING', interviewer: { name: org.members.ADMIN.name } })]);
  });

  it('stops the stream of a subscriber who signed out since subscribing', async () => {
    const fresh = await scheduleLoop(
      { kitEditor: await signedIn(t.client(), org.members.HIRING_MANAGER), scheduler: recruiter },
      org,
      questionIds,
      [org.members.INTERVIEWER],
      'signed.out@example.com',
    );
    const leaving = await signedIn(t.client(), org.members.RECRUITER);
    const received: unknown[] = [];
    const leavingClient = connect(leaving.sessionCookie());
    leavingClient.subscribe(
      { query: PROGRESS, variables: { loopId: fresh.loopId } },
      { next: (event) => void received.push(event), error: () => undefined, complete: () => undefined },
    );
    await until(() => listeners() === 1);
    const staying = nextEvents(connect(recruiter.sessionCookie()), fresh.loopId, 2);
    await until(() => listeners() === 2);
    await leaving.ok(`mutation { logout }`);
    const interviewer = await signedIn(t.client(), org.members.INTERVIEWER);
    await scoreAndSubmit(interviewer, fresh.scorecardOf[org.members.INTERVIEWER.userId], fresh.questionIds, [2, 3, 3]);
    expect((await staying).map((seat) => seat.status)).toEqual(['DRAFT', 'SUBMITTED']);
    expect(received).toEqual([]);
    void leavingClient.dispose();
  });

  it('refuses subscribers without a session, with a role that may not watch, or from another organization', async () => {
    await expect(nextEvents(connect(''), loop.loopId)).rejects.toThrow(/UNAUTHENTICATED/);
    const interviewer = await signedIn(t.client(), org.members.INTERVIEWER);
    await expect(nextEvents(connect(interviewer.sessionCookie()), loop.loopId)).rejects.toThrow(/FORBIDDEN/);
    const other = await createOrganization(t.db, 'other-progress');
    const stranger = await signedIn(t.client(), other.members.RECRUITER);
    await expect(nextEvents(connect(stranger.sessionCookie()), loop.loopId)).rejects.toThrow(/NOT_FOUND/);
  });
});
