import { createOrganization, signedIn } from '../../support/fixtures';
import { errorOf, startTestApp, type TestApp } from '../../support/test-app';
import { statementsOf } from '../../support/statements';
import { addInterview, amend, decide, interviewed, openHiringDesk, score, type HiringDesk } from './hiring-desk';

const EXPORT = `query ($candidateId: ID!) { candidateExport(candidateId: $candidateId) { fileName content } }`;

interface ExportDocument {
  format: string;
  candidate: { id: string; name: string; email: string; links: string[]; createdAt: string };
  loops: Array<{
    id: string;
    job: { title: string };
    interviews: Array<{
      id: string;
      round: string;
      scheduledAt: string;
      interviewers: string[];
      scorecards: Array<{
        id: string;
        interviewer: string;
        status: string;
        recommendation: string;
        summary: string;
        answers: Array<{ question: string; competency: string; rating: number; notes: string }>;
        competencyRatings: Array<{ competency: string; rating: number }>;
        revisions: Array<{
          revision: number;
          reason: string;
          content: { answers: Array<{ notes: string; rating: number }> };
          createdBy: string;
        }>;
      }>;
    }>;
    decisions: Array<{ decision: string; rationale: string; decidedBy: string }>;
  }>;
  auditEvents: Array<{ action: string; targetType: string; actor: string }>;
}

describe('candidate export', () => {
  let t: TestApp;
  let desk: HiringDesk;

  beforeAll(async () => {
    t = await startTestApp();
    desk = await openHiringDesk(t, 'export');
  });
  afterAll(() => t.close());

  async function exportOf(candidateId: string): Promise<{ fileName: string; content: string; document: ExportDocument }> {
    const { candidateExport } = await desk.admin.ok<{ candidateExport: { fileName: string; content: string } }>(EXPORT, { candidateId });
    return { ...candidateExport, document: JSON.parse(candidateExport.content) as ExportDocument };
  }

  it('holds everything about the candidate: profile, loops, interviews, every scorecard revision, decisions and audit events; and is audited', async () => {
    const [ines, ola] = desk.interviewers.slice(1);
    const person = { name: 'Ada Exported', email: 'ada.exported@example.com', links: ['https://example.com/ada'] };
    const ada = await interviewed(desk, person, [
      { member: ines, ratings: [3, 4, 2], words: 'adaines' },
      { member: ola, ratings: [2, 2, 3], recommendation: 'NO', words: 'adaola' },
    ]);
    const [{ version }] = await t.db.query<Array<{ version: number }>>(`SELECT version FROM scorecards WHERE id = $1`, [
      ada.scorecardOf[ines.userId],
    ]);
    await amend(desk, ines, { id: ada.scorecardOf[ines.userId], version }, 'Misread my notes on caching', 1);
    await decide(desk, ada.loopId, 'HIRE', 'Strong architecture across the panel.');

    const { fileName, document } = await exportOf(ada.candidateId);
    expect(fileName).toMatch(new RegExp(`^candidate-${ada.candidateId.slice(0, 8)}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
    expect(document.format).toBe('panelist.candidate-export/1');
    expect(document.candidate).toMatchObject({ id: ada.candidateId, ...person });
    const [loop] = document.loops;
    expect(loop.job.title).toBe('Backend Engineer');
    expect(loop.interviews).toHaveLength(1);
    const [interview] = loop.interviews;
    expect(interview).toMatchObject({ round: 'Technical', scheduledAt: '2026-11-20T10:00:00.000Z' });
    expect([...interview.interviewers].sort()).toEqual([ines.name, ola.name].sort());
    const inesCard = interview.scorecards.find((card) => card.interviewer === ines.name);
    expect(inesCard).toMatchObject({ status: 'SUBMITTED', recommendation: 'YES', summary: 'adaines in summary' });
    expect(inesCard?.answers[0]).toMatchObject({ competency: 'architecture', rating: 1, notes: 'Misread my notes on caching note' });
    expect(inesCard?.answers[0].question.length).toBeGreaterThan(10);
    expect(inesCard?.competencyRatings.map((rating) => rating.competency)).toEqual(['architecture', 'communication']);
    expect(inesCard?.revisions.map((revision) => [revision.revision, revision.reason, revision.createdBy])).toEqual([
      [1, 'Submitted', ines.name],
      [2, 'Misread my notes on caching', ines.name],
    ]);
    expect(inesCard?.revisions[0].content.answers[0]).toMatchObject({ rating: 3, notes: 'adaines answer 0' });
    expect(loop.decisions).toEqual([
      expect.objectContaining({
        decision: 'HIRE',
        rationale: 'Strong architecture across the panel.',
        decidedBy: desk.org.members.HIRING_MANAGER.name,
      }),
    ]);
    expect(document.auditEvents.map((event) => event.action).sort()).toEqual([
      'decision.recorded',
      'scorecard.amended',
      'scorecard.submitted',
      'scorecard.submitted',
    ]);
    expect(document.auditEvents.find((event) => event.action === 'decision.recorded')?.actor).toBe(desk.org.members.HIRING_MANAGER.name);

    const [event] = await t.db.query<Array<{ actor_id: string; details: unknown }>>(
      `SELECT actor_id, details FROM audit_events WHERE action = 'candidate.exported' AND target_id = $1`,
      [ada.candidateId],
    );
    expect(event).toEqual({ actor_id: desk.org.members.ADMIN.userId, details: {} });
    // The next export lists the first one.
    expect((await exportOf(ada.candidateId)).document.auditEvents.map((entry) => entry.action)).toContain('candidate.exported');
  });

  it('holds nothing of another candidate of the same job with the same interviewers', async () => {
    const [, ines, ola] = desk.interviewers;
    const panel = (words: string) => [
      { member: ines, ratings: [3, 3, 3], words: `${words}ines` },
      { member: ola, ratings: [2, 2, 2], words: `${words}ola` },
    ];
    const mine = await interviewed(
      desk,
      { name: 'Mina Mine', email: 'mina.mine@example.com', links: ['https://example.com/mina'] },
      panel('minawords'),
    );
    const other = await interviewed(
      desk,
      { name: 'Otto Other', email: 'otto.other@example.com', links: ['https://example.com/otto'] },
      panel('ottowords'),
    );
    await decide(desk, mine.loopId, 'NO_HIRE', 'Not yet ready for this level.');
    await decide(desk, other.loopId, 'HIRE', 'Ottodecision clear strengths shown.');
    // Someone asked for the other candidate by id: an event about them, not about Mina.
    await desk.admin.ok(EXPORT, { candidateId: other.candidateId });

    const { content } = await exportOf(mine.candidateId);
    expect(content).toContain('Mina Mine');
    const otherStrings = [
      other.candidateId,
      other.loopId,
      other.interviewId,
      ...Object.values(other.scorecardOf),
      'Otto',
      'otto.other@example.com',
      'example.com/otto',
      'ottowords',
      'Ottodecision',
    ];
    for (const text of otherStrings) expect([text, content.toLowerCase().includes(text.toLowerCase())]).toEqual([text, false]);
  });

  it('reads any candidate in the same number of statements', async () => {
    const [, ines, ola] = desk.interviewers;
    const statements = async (candidateId: string) => (await statementsOf(() => exportOf(candidateId))).statements;
    const small = await interviewed(desk, { name: 'Sam Small', email: 'sam.small@example.com' }, [
      { member: ines, ratings: [3, 3, 3], words: 'small' },
    ]);
    const large = await interviewed(desk, { name: 'Lars Large', email: 'lars.large@example.com' }, [
      { member: ines, ratings: [3, 3, 3], words: 'large' },
      { member: ola, ratings: [2, 3, 4], words: 'large' },
    ]);
    for (const day of ['2026-11-21T10:00:00Z', '2026-11-22T10:00:00Z']) {
      const extra = await addInterview(desk, large.loopId, [ines, ola], day);
      for (const member of [ines, ola]) await score(desk, extra.scorecardOf[member.userId], { member, ratings: [4, 4, 4], words: 'more' });
    }
    await decide(desk, large.loopId, 'HOLD', 'Waiting for the second team.');
    await decide(desk, large.loopId, 'HIRE', 'Second team agreed after all.');
    const [few, many] = [await statements(small.candidateId), await statements(large.candidateId)];
    expect(many).toBe(few);
    expect((await exportOf(large.candidateId)).document.loops[0].interviews).toHaveLength(3);
  });

  it('is for admins only, and only for candidates of their organization', async () => {
    const foreign = await createOrganization(t.db, 'export-foreign');
    const [{ id: foreignCandidate }] = await t.db.query<Array<{ id: string }>>(
      `INSERT INTO candidates (organization_id, name, email) VALUES ($1, 'Far Away', 'far.away@example.com') RETURNING id`,
      [foreign.id],
    );
    expect(errorOf(await desk.admin.request(EXPORT, { candidateId: foreignCandidate }))).toEqual({
      code: 'NOT_FOUND',
      field: 'candidateId',
    });
    expect(errorOf(await desk.admin.request(EXPORT, { candidateId: 'nope' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'candidateId' });
    const [{ id: ownCandidate }] = await t.db.query<Array<{ id: string }>>(`SELECT id FROM candidates WHERE organization_id = $1 LIMIT 1`, [
      desk.org.id,
    ]);
    const manager = await signedIn(t.client(), desk.org.members.HIRING_MANAGER);
    expect(errorOf(await manager.request(EXPORT, { candidateId: ownCandidate })).code).toBe('FORBIDDEN');
    expect(
      await t.db.query(`SELECT 1 FROM audit_events WHERE action = 'candidate.exported' AND target_id = $1`, [foreignCandidate]),
    ).toHaveLength(0);
  });
});
