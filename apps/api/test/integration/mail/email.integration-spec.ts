import type { ParsedMail } from 'mailparser';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { RemindersService } from '../../../src/notifications/reminders.service';
import { createOrganization, signedIn, type TestOrganization } from '../../support/fixtures';
import { addInterviewer, importSeedBank, scheduleLoop, scoreAndSubmit, type Loop } from '../../support/interviews';
import { eventually, TestSmtpServer } from '../../support/smtp';
import { ownDatabase, type OwnDatabase } from '../../support/own-database';
import { errorOf, startTestApp, type GraphQLTestClient, type TestApp } from '../../support/test-app';

const ADD = `mutation ($input: AddMemberInput!) { addMember(input: $input) { inviteUrl emailDelivery member { id } } }`;
const ACCEPT = `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { role } }`;
const PREFERENCES = `mutation ($input: SetNotificationPreferencesInput!) { setNotificationPreferences(input: $input) { scorecardReminders dailyDigest emailEnabled } }`;

// Reminders and digests sweep every organization: a database of this file's own keeps other suites'
// interviews out of its counts and its queue.
let database: OwnDatabase;
beforeAll(async () => {
  database = await ownDatabase('mail');
});
afterAll(() => database?.drop());

/** The environment of an app that mails through `smtp`, with its job queue running. */
const mailing = (smtp: { url: string }) => ({
  DATABASE_URL: database.url,
  SMTP_URL: smtp.url,
  MAIL_FROM: 'Panelist <panelist@acme.test>',
  PUBLIC_URL: 'http://panelist.test',
  BACKGROUND_JOBS: 'true',
  SMTP_RETRY_SECONDS: '1',
});

const linkIn = (mail: ParsedMail, path: string): string => {
  const match = new RegExp(`http://panelist\\.test/${path}/[\\w-]+`).exec(mail.text ?? '');
  if (!match) throw new Error(`no /${path}/ link in: ${mail.text}`);
  return match[0];
};

/** Every message to the recipient that the app wrote is delivered (so counting what arrived is final). */
async function allDelivered(t: TestApp, userIdOrEmail: string): Promise<void> {
  await eventually(async () => {
    const [{ n }] = await t.db.query<Array<{ n: string }>>(
      `SELECT count(*) AS n FROM mail_outbox WHERE (recipient_id::text = $1 OR to_address = $1) AND status <> 'SENT'`,
      [userIdOrEmail],
    );
    return Number(n) === 0;
  });
}

describe('email over SMTP', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  let org: TestOrganization;
  let admin: GraphQLTestClient;

  beforeAll(async () => {
    smtp = await (await TestSmtpServer.onFreePort()).start();
    t = await startTestApp(mailing(smtp));
    org = await createOrganization(t.db, 'mail');
    admin = await signedIn(t.client(), org.members.ADMIN);
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('emails an invitation, and the person joins from its link', async () => {
    const { addMember } = await admin.ok<{ addMember: { inviteUrl: string; emailDelivery: string } }>(ADD, {
      input: { email: 'robin.new@mail.test', name: 'Robin New', role: 'INTERVIEWER' },
    });
    expect(addMember.emailDelivery).toBe('QUEUED');
    const [mail] = await smtp.waitFor('robin.new@mail.test');
    expect(mail.subject).toContain(`You are invited to mail `);
    expect(mail.from?.text).toContain('panelist@acme.test');
    expect(mail.text).toContain('Hello Robin New');
    expect(mail.html).toContain('Accept the invitation');
    const link = linkIn(mail, 'invite');
    expect(link).toBe(addMember.inviteUrl);

    const invitee = t.client();
    const token = link.split('/invite/')[1];
    const { acceptInvitation } = await invitee.ok<{ acceptInvitation: { role: string } }>(ACCEPT, {
      input: { token, password: 'a long new password' },
    });
    expect(acceptInvitation.role).toBe('INTERVIEWER');
    // Sent: the outbox keeps who, what and when, not the one-time link.
    const [logged] = await t.db.query(`SELECT kind, status, text_body, html_body FROM mail_outbox WHERE to_address = $1`, [
      'robin.new@mail.test',
    ]);
    expect(logged).toEqual({ kind: 'INVITATION', status: 'SENT', text_body: null, html_body: null });
  });

  it('emails a password reset link', async () => {
    const { issuePasswordReset } = await admin.ok<{ issuePasswordReset: { resetUrl: string; emailDelivery: string } }>(
      `mutation ($id: ID!) { issuePasswordReset(memberId: $id) { resetUrl emailDelivery } }`,
      { id: org.members.RECRUITER.membershipId },
    );
    expect(issuePasswordReset.emailDelivery).toBe('QUEUED');
    const [mail] = await smtp.waitFor(org.members.RECRUITER.email);
    expect(linkIn(mail, 'reset')).toBe(issuePasswordReset.resetUrl);
  });

  describe('interviews and scorecards', () => {
    let loop: Loop;
    let questionIds: string[];
    let second: Awaited<ReturnType<typeof addInterviewer>>;
    const reminders = () => t.app.get(RemindersService);
    const remindersTo = async (userId: string) =>
      Number(
        (
          await t.db.query<Array<{ n: string }>>(
            `SELECT count(*) AS n FROM mail_outbox WHERE recipient_id = $1 AND kind = 'SCORECARD_REMINDER'`,
            [userId],
          )
        )[0].n,
      );

    beforeAll(async () => {
      questionIds = await importSeedBank(t, org.id);
      second = await addInterviewer(t, org, 'Sam Second');
      const manager = await signedIn(t.client(), org.members.HIRING_MANAGER);
      loop = await scheduleLoop(
        { kitEditor: manager, scheduler: manager },
        org,
        questionIds,
        [org.members.INTERVIEWER, second],
        'casey@mail.test',
      );
    });

    it('sends each panelist a calendar invitation (REQUEST) carrying the interview-mode link', async () => {
      const [mail] = await smtp.waitFor(org.members.INTERVIEWER.email);
      expect(mail.subject).toContain('Interview: Casey Candidate — Backend Engineer (Technical)');
      const url = `http://panelist.test/interviews/${loop.interviewId}`;
      expect(mail.text).toContain(url);
      const calendar = mail.attachments.find((part) => part.contentType.startsWith('text/calendar'));
      expect(calendar).toBeDefined();
      const ics = calendar!.content.toString('utf8').replace(/\r?\n[ \t]/g, '');
      expect(ics).toMatch(/^METHOD:REQUEST$/m);
      expect(ics).toMatch(/^DTSTART:20261201T100000Z$/m);
      expect(ics).toMatch(/^DTEND:20261201T104500Z$/m);
      expect(ics).toContain(`URL:${url}`);
      expect(ics).toMatch(new RegExp(`^ATTENDEE;.*:mailto:${org.members.INTERVIEWER.email}$`, 'im'));
      expect(ics).toContain(`UID:interview-${loop.interviewId}@panelist`);
    });

    it('cancels the calendar entry of a panelist taken off the panel, then everyone’s when the interview is cancelled', async () => {
      const manager = await signedIn(t.client(), org.members.HIRING_MANAGER);
      const dropped = await addInterviewer(t, org, 'Dee Dropped');
      const other = await scheduleLoop(
        { kitEditor: manager, scheduler: manager },
        org,
        questionIds,
        [org.members.INTERVIEWER, dropped],
        'dana@mail.test',
      );
      /** The calendar parts of this interview that reached `email`, unfolded. */
      const calendarsTo = (email: string) =>
        smtp
          .to(email)
          .flatMap((mail) => mail.attachments.filter((part) => part.contentType.startsWith('text/calendar')))
          .map((part) => part.content.toString('utf8').replace(/\r?\n[ \t]/g, ''))
          .filter((ics) => ics.includes(`UID:interview-${other.interviewId}@panelist`));
      const arrived = (email: string, method: string) =>
        eventually(() => Promise.resolve(calendarsTo(email).some((ics) => ics.includes(`METHOD:${method}`))));
      await arrived(dropped.email, 'REQUEST');

      await manager.ok(`mutation ($input: RescheduleInterviewInput!) { rescheduleInterview(input: $input) { id } }`, {
        input: { id: other.interviewId, version: 1, scheduledAt: '2026-12-02T09:00:00Z', interviewerIds: [org.members.INTERVIEWER.userId] },
      });
      await arrived(dropped.email, 'CANCEL');
      const [request, cancel] = [/^METHOD:REQUEST/m, /^METHOD:CANCEL/m].map((method) =>
        calendarsTo(dropped.email).find((ics) => method.test(ics))!,
      );
      const sequence = (ics: string) => Number(/^SEQUENCE:(\d+)/m.exec(ics)?.[1]);
      expect(sequence(cancel)).toBeGreaterThan(sequence(request));
      expect(cancel).toMatch(/^STATUS:CANCELLED/m);
      const [cancelMail] = smtp.to(dropped.email).filter((mail) => mail.subject?.startsWith('Cancelled:'));
      expect(cancelMail.text).toContain('You are no longer on the panel for Casey Candidate');

      await manager.ok(`mutation ($id: ID!) { cancelInterview(id: $id) }`, { id: other.interviewId });
      await arrived(org.members.INTERVIEWER.email, 'CANCEL');
      // The one still on the panel got the moved invitation first, then the cancellation.
      const kept = calendarsTo(org.members.INTERVIEWER.email);
      expect(kept.map((ics) => /^METHOD:(\w+)/m.exec(ics)?.[1])).toEqual(['REQUEST', 'REQUEST', 'CANCEL']);
      expect(calendarsTo(dropped.email)).toHaveLength(2);
    });

    it('reminds an overdue scorecard once a day, and never after it is submitted', async () => {
      const interviewer = org.members.INTERVIEWER;
      // The interview ended 2026-12-01 10:45 UTC; reminders start 24 hours later.
      await reminders().sendReminders(new Date('2026-12-02T09:00:00Z'));
      expect(await remindersTo(interviewer.userId)).toBe(0);

      await reminders().sendReminders(new Date('2026-12-02T12:00:00Z'));
      await reminders().sendReminders(new Date('2026-12-02T18:00:00Z'));
      await allDelivered(t, interviewer.userId);
      const reminded = smtp.to(interviewer.email).filter((mail) => mail.subject?.startsWith('Reminder'));
      expect(reminded).toHaveLength(1);
      expect(reminded[0].subject).toBe('Reminder: your scorecard for Casey Candidate is waiting');
      expect(reminded[0].text).toContain(`http://panelist.test/interviews/${loop.interviewId}`);

      // A new calendar day is not a new day of waiting: nothing more until 24 hours after the first.
      await reminders().sendReminders(new Date('2026-12-02T23:50:00Z'));
      await reminders().sendReminders(new Date('2026-12-03T00:05:00Z'));
      await reminders().sendReminders(new Date('2026-12-03T10:30:00Z'));
      expect(await remindersTo(interviewer.userId)).toBe(1);

      await reminders().sendReminders(new Date('2026-12-03T12:00:00Z'));
      expect(await remindersTo(interviewer.userId)).toBe(2);

      const client = await signedIn(t.client(), interviewer);
      await scoreAndSubmit(client, loop.scorecardOf[interviewer.userId], loop.questionIds, [3, 3, 3]);
      await reminders().sendReminders(new Date('2026-12-04T12:00:00Z'));
      expect(await remindersTo(interviewer.userId)).toBe(2);
      await allDelivered(t, interviewer.userId);
      expect(smtp.to(interviewer.email).filter((mail) => mail.subject?.startsWith('Reminder'))).toHaveLength(2);
    });

    it('sends no reminder to someone who turned reminders off', async () => {
      const before = await remindersTo(second.userId);
      const client = await signedIn(t.client(), second);
      const { setNotificationPreferences } = await client.ok<{ setNotificationPreferences: Record<string, boolean> }>(PREFERENCES, {
        input: { scorecardReminders: false, dailyDigest: true },
      });
      expect(setNotificationPreferences).toEqual({ scorecardReminders: false, dailyDigest: true, emailEnabled: true });
      await reminders().sendReminders(new Date('2026-12-05T12:00:00Z'));
      expect(await remindersTo(second.userId)).toBe(before);
      const [{ n }] = await t.db.query(`SELECT count(*) AS n FROM mail_outbox WHERE dedupe_key LIKE $1`, [
        `reminder:${loop.scorecardOf[second.userId]}:%`,
      ]);
      expect(Number(n)).toBe(before);
    });

    it('lets only a signed-in person change their own choices', async () => {
      const anonymous = await t.client().request(PREFERENCES, { input: { scorecardReminders: false, dailyDigest: false } });
      expect(errorOf(anonymous).code).toBe('UNAUTHENTICATED');
      const forged = await (
        await signedIn(t.client(), org.members.RECRUITER)
      ).request(PREFERENCES.replace('$input: SetNotificationPreferencesInput!', '$input: SetNotificationPreferencesInput!, $userId: ID'), {
        input: { scorecardReminders: false, dailyDigest: false, userId: org.members.HIRING_MANAGER.userId },
      });
      expect(errorOf(forged).code).toBe('BAD_USER_INPUT');
      const [manager] = await t.db.query(`SELECT scorecard_reminders, daily_digest FROM users WHERE id = $1`, [
        org.members.HIRING_MANAGER.userId,
      ]);
      expect(manager).toEqual({ scorecard_reminders: true, daily_digest: true });
    });

    it("sends the job's hiring manager a daily digest of outstanding scorecards, once a day", async () => {
      const manager = org.members.HIRING_MANAGER;
      await reminders().sendDigests(new Date('2026-12-05T07:00:00Z'));
      await reminders().sendDigests(new Date('2026-12-05T07:30:00Z'));
      await allDelivered(t, manager.userId);
      const digests = smtp.to(manager.email).filter((mail) => mail.subject?.includes('outstanding'));
      expect(digests).toHaveLength(1);
      expect(digests[0].subject).toMatch(/^1 scorecard outstanding for your jobs/);
      expect(digests[0].text).toContain('Sam Second — Casey Candidate, Backend Engineer');
      // Its link leads to Home, where the scorecards to chase are listed.
      expect(digests[0].text).toMatch(/^See scorecards to chase: http:\/\/panelist\.test\/$/m);
      // The interviewer, who does not run the job, gets no digest.
      expect(smtp.to(second.email).some((mail) => mail.subject?.includes('outstanding'))).toBe(false);
    });

    it('sends the recruiter who added a candidate a digest of that candidate’s outstanding scorecards', async () => {
      // The hiring manager's job; the recruiter adds a candidate to it and schedules the interview.
      const recruiter = org.members.RECRUITER;
      const client = await signedIn(t.client(), recruiter);
      const { createCandidate } = await client.ok<{ createCandidate: { loops: Array<{ id: string }> } }>(
        `mutation ($input: CreateCandidateInput!) { createCandidate(input: $input) { loops { id } } }`,
        { input: { name: 'Robin Recruited', email: 'robin.recruited@mail.test', links: [], jobId: loop.jobId } },
      );
      const { job } = await client.ok<{ job: { rounds: Array<{ id: string }> } }>(`query ($id: ID!) { job(id: $id) { rounds { id } } }`, {
        id: loop.jobId,
      });
      await client.ok(`mutation ($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { id } }`, {
        input: {
          loopId: createCandidate.loops[0].id,
          roundId: job.rounds[0].id,
          scheduledAt: '2026-12-04T10:00:00Z',
          interviewerIds: [second.userId],
        },
      });

      await reminders().sendDigests(new Date('2026-12-06T07:00:00Z'));
      await allDelivered(t, recruiter.userId);
      const digests = smtp.to(recruiter.email).filter((mail) => mail.subject?.includes('outstanding'));
      expect(digests).toHaveLength(1);
      expect(digests[0].text).toContain('Sam Second — Robin Recruited, Backend Engineer');
      // Only what the recruiter looks after: not the hiring manager's own candidate.
      expect(digests[0].text).not.toContain('Casey Candidate');
    });
  });
});

describe('email when the SMTP server is down', () => {
  it('keeps the invitation, reports mail as degraded, and delivers once the server is back', async () => {
    const smtp = await TestSmtpServer.onFreePort();
    const t = await startTestApp(mailing(smtp));
    try {
      const org = await createOrganization(t.db, 'maildown');
      const admin = await signedIn(t.client(), org.members.ADMIN);
      const { addMember } = await admin.ok<{ addMember: { inviteUrl: string; emailDelivery: string } }>(ADD, {
        input: { email: 'pat.later@maildown.test', name: 'Pat Later', role: 'RECRUITER' },
      });
      expect(addMember.emailDelivery).toBe('QUEUED');
      await eventually(async () => {
        const [row] = await t.db.query<Array<{ attempts: number }>>(`SELECT attempts FROM mail_outbox WHERE to_address = $1`, [
          'pat.later@maildown.test',
        ]);
        return row.attempts > 0;
      });
      const degraded = await t.client().agent.get('/health/ready');
      expect(degraded.status).toBe(200);
      expect(degraded.body).toMatchObject({ status: 'ok', mail: 'degraded' });

      await smtp.start();
      const [mail] = await smtp.waitFor('pat.later@maildown.test');
      expect(linkIn(mail, 'invite')).toBe(addMember.inviteUrl);
      await eventually(async () => (await t.client().agent.get('/health/ready')).body.mail === 'ok');
    } finally {
      await t.close();
      await smtp.stop();
    }
  });
});

describe('email when the SMTP server accepts connections and then says nothing', () => {
  it('holds no database transaction open while it waits, and the API answers meanwhile', async () => {
    // A mail server that takes the connection and never greets: nodemailer waits for its greeting timeout.
    const sockets = new Set<Socket>();
    const silent = createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', () => resolve()));
    const { port } = silent.address() as AddressInfo;
    const t = await startTestApp({ ...mailing({ url: `smtp://127.0.0.1:${port}` }), DATABASE_POOL_SIZE: '2' });
    try {
      const org = await createOrganization(t.db, 'mailsilent');
      const admin = await signedIn(t.client(), org.members.ADMIN);
      for (const name of ['Ada', 'Bo', 'Cy']) {
        await admin.ok(ADD, { input: { email: `${name.toLowerCase()}@mailsilent.test`, name, role: 'INTERVIEWER' } });
      }
      await eventually(() => Promise.resolve(sockets.size >= 2));
      const open = await t.db.query<Array<{ n: string }>>(
        `SELECT count(*) AS n FROM pg_stat_activity
          WHERE datname = current_database() AND application_name = 'panelist' AND state LIKE 'idle in transaction%'`,
      );
      expect(Number(open[0].n)).toBe(0);
      // A pool of two, three messages being sent: requests still get a connection.
      expect((await admin.ok<{ me: { user: { email: string } } }>(`query { me { user { email } } }`)).me.user.email).toBe(
        org.members.ADMIN.email,
      );
    } finally {
      for (const socket of sockets) socket.destroy();
      silent.close();
      await t.close();
    }
  });
});

describe('email without SMTP_URL', () => {
  it('sends nothing and writes nothing: the admin gets the links to pass on, as before', async () => {
    const t = await startTestApp({ DATABASE_URL: database.url, PUBLIC_URL: 'http://panelist.test', BACKGROUND_JOBS: 'true' });
    try {
      const org = await createOrganization(t.db, 'nomail');
      const admin = await signedIn(t.client(), org.members.ADMIN);
      const { addMember } = await admin.ok<{ addMember: { inviteUrl: string; emailDelivery: string } }>(ADD, {
        input: { email: 'nia.nomail@nomail.test', name: 'Nia Nomail', role: 'INTERVIEWER' },
      });
      expect(addMember).toMatchObject({
        emailDelivery: 'NOT_CONFIGURED',
        inviteUrl: expect.stringMatching(/^http:\/\/panelist\.test\/invite\//),
      });
      const { issuePasswordReset } = await admin.ok<{ issuePasswordReset: { resetUrl: string; emailDelivery: string } }>(
        `mutation ($id: ID!) { issuePasswordReset(memberId: $id) { resetUrl emailDelivery } }`,
        { id: org.members.RECRUITER.membershipId },
      );
      expect(issuePasswordReset).toMatchObject({ emailDelivery: 'NOT_CONFIGURED', resetUrl: expect.stringMatching(/\/reset\//) });

      const questionIds = await importSeedBank(t, org.id);
      const manager = await signedIn(t.client(), org.members.HIRING_MANAGER);
      await scheduleLoop({ kitEditor: manager, scheduler: manager }, org, questionIds, [org.members.INTERVIEWER], 'nomail@mail.test');
      await t.app.get(RemindersService).sendReminders(new Date('2026-12-03T12:00:00Z'));
      await t.app.get(RemindersService).sendDigests(new Date('2026-12-03T07:00:00Z'));
      const [{ n }] = await t.db.query<Array<{ n: string }>>(`SELECT count(*) AS n FROM mail_outbox WHERE organization_id = $1`, [org.id]);
      expect(Number(n)).toBe(0);
      expect((await t.client().agent.get('/health/ready')).body).toMatchObject({ mail: 'not configured' });
    } finally {
      await t.close();
    }
  });
});

describe('email with two API instances on one database', () => {
  it('sends one reminder, however many instances run the schedule, after the configured delay', async () => {
    const smtp = await (await TestSmtpServer.onFreePort()).start();
    // Instances of one deployment share JWT_SECRET, as they do behind a load balancer. Reminders
    // start two hours after the interview ends here, not the default 24.
    const env = {
      ...mailing(smtp),
      JWT_SECRET: 'two-instances-share-this-secret-0123456789abcdef',
      SCORECARD_REMINDER_HOURS: '2',
    };
    const [one, two] = await Promise.all([startTestApp(env), startTestApp(env)]);
    try {
      const org = await createOrganization(one.db, 'mailtwo');
      const questionIds = await importSeedBank(one, org.id);
      const manager = await signedIn(one.client(), org.members.HIRING_MANAGER);
      const loop = await scheduleLoop(
        { kitEditor: manager, scheduler: manager },
        org,
        questionIds,
        [org.members.INTERVIEWER],
        'twin@mail.test',
      );
      const both = (now: Date) =>
        Promise.all([one.app.get(RemindersService).sendReminders(now), two.app.get(RemindersService).sendReminders(now)]);
      // The interview ended 2026-12-01 10:45 UTC: nothing an hour later, one reminder two hours later.
      await both(new Date('2026-12-01T11:45:00Z'));
      const [{ n }] = await one.db.query<Array<{ n: string }>>(
        `SELECT count(*) AS n FROM mail_outbox WHERE kind = 'SCORECARD_REMINDER' AND recipient_id = $1`,
        [org.members.INTERVIEWER.userId],
      );
      expect(Number(n)).toBe(0);
      await both(new Date('2026-12-01T12:45:00Z'));
      await both(new Date('2026-12-02T09:00:00Z'));
      await allDelivered(one, org.members.INTERVIEWER.userId);
      const received = smtp.to(org.members.INTERVIEWER.email);
      expect(received.filter((mail) => mail.subject?.startsWith('Reminder'))).toHaveLength(1);
      expect(received.filter((mail) => mail.subject?.startsWith('Interview:'))).toHaveLength(1);
      expect(loop.interviewId).toBeDefined();
    } finally {
      await Promise.all([one.close(), two.close()]);
      await smtp.stop();
    }
  });
});
