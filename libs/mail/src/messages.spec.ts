import { calendarMethodOf, interviewCancellation, interviewInvitation } from './calendar';
import { digestMail, escapeHtml, formatUtc, interviewCancelledMail, invitationMail, scorecardReminderMail } from './messages';

const unfold = (ics: string) => ics.replace(/\r?\n[ \t]/g, '');

describe('mail messages', () => {
  it('writes an invitation in text and HTML with the organization, the role and the link', () => {
    const mail = invitationMail({
      organizationName: 'Acme <Labs>',
      name: 'Robin',
      roleLabel: 'Hiring manager',
      url: 'https://panelist.example/invite/abc',
      expiresAt: new Date('2026-12-08T14:05:00Z'),
    });
    expect(mail.subject).toBe('You are invited to Acme <Labs> on Panelist');
    expect(mail.text).toContain('You have been invited to join Acme <Labs> on Panelist as hiring manager.');
    expect(mail.text).toContain('Accept the invitation: https://panelist.example/invite/abc');
    expect(mail.text).toContain('until Tue, 8 Dec 2026, 14:05 UTC');
    // Names are escaped in HTML, never markup.
    expect(mail.html).toContain('Acme &lt;Labs&gt;');
    expect(mail.html).not.toContain('<Labs>');
    expect(mail.html).toContain('href="https://panelist.example/invite/abc"');
  });

  it('escapes the five HTML characters', () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;');
  });

  it('formats dates in UTC with the zone named', () => {
    expect(formatUtc(new Date('2026-01-05T07:30:00Z'))).toBe('Mon, 5 Jan 2026, 07:30 UTC');
  });

  it('tells a reminder how to turn reminders off', () => {
    const mail = scorecardReminderMail({
      organizationName: 'Acme',
      name: 'Sam',
      candidateName: 'Casey',
      jobTitle: 'Backend Engineer',
      endedAt: new Date('2026-12-01T10:45:00Z'),
      url: 'https://panelist.example/interviews/1',
    });
    expect(mail.subject).toBe('Reminder: your scorecard for Casey is waiting');
    expect(mail.text).toContain('Turn reminders off on your Account page.');
  });

  it('counts the digest lines in its subject', () => {
    const line = {
      candidateName: 'Casey',
      jobTitle: 'Backend Engineer',
      interviewerName: 'Sam',
      endedAt: new Date('2026-12-01T10:45:00Z'),
    };
    expect(digestMail({ organizationName: 'Acme', name: 'Hana', lines: [line], url: 'u' }).subject).toBe(
      '1 scorecard outstanding for your jobs (Acme)',
    );
    const two = digestMail({ organizationName: 'Acme', name: 'Hana', lines: [line, { ...line, interviewerName: 'Ivo' }], url: 'u' });
    expect(two.subject).toBe('2 scorecards outstanding for your jobs (Acme)');
    expect(two.text).toContain('- Ivo — Casey, Backend Engineer (interview ended Tue, 1 Dec 2026, 10:45 UTC)');
  });
});

describe('interview calendar invitation', () => {
  const interview = {
    organizationName: 'Acme',
    interviewerName: 'Sam Second',
    candidateName: 'Casey',
    jobTitle: 'Backend Engineer',
    roundName: 'Technical',
    start: new Date('2026-12-08T14:00:00Z'),
    durationMinutes: 45,
    url: 'https://panelist.example/interviews/42',
  };
  const entry = { ...interview, interviewId: '42', interviewerEmail: 'sam@acme.test', organizerEmail: 'panelist@acme.test' };

  it('is a REQUEST with start, end, the interview-mode link, the attendee and a stable UID', () => {
    const ics = unfold(interviewInvitation({ ...entry, sequence: 2 }));
    expect(ics).toMatch(/^METHOD:REQUEST\r?$/m);
    expect(ics).toMatch(/^DTSTART:20261208T140000Z\r?$/m);
    expect(ics).toMatch(/^DTEND:20261208T144500Z\r?$/m);
    expect(ics).toMatch(/^URL:https:\/\/panelist.example\/interviews\/42\r?$/m);
    expect(ics).toMatch(/^UID:interview-42@panelist\r?$/m);
    expect(ics).toMatch(/^SEQUENCE:2\r?$/m);
    expect(ics).toMatch(/^ATTENDEE;.*CN="Sam Second":mailto:sam@acme.test\r?$/m);
    expect(ics).toContain('SUMMARY:Interview: Casey — Backend Engineer (Technical)');
  });

  it('cancels the same entry: a CANCEL with the same UID, a higher SEQUENCE and a cancelled status', () => {
    const interview = {
      organizationName: 'Acme',
      interviewerName: 'Sam Second',
      candidateName: 'Casey',
      jobTitle: 'Backend Engineer',
      roundName: 'Technical',
      start: new Date('2026-12-08T14:00:00Z'),
      durationMinutes: 45,
      url: 'https://panelist.example/interviews/42',
    };
    const ics = unfold(
      interviewCancellation({
        ...interview,
        interviewId: '42',
        interviewerEmail: 'sam@acme.test',
        organizerEmail: 'p@acme.test',
        sequence: 3,
      }),
    );
    expect(ics).toMatch(/^METHOD:CANCEL\r?$/m);
    expect(ics).toMatch(/^UID:interview-42@panelist\r?$/m);
    expect(ics).toMatch(/^SEQUENCE:3\r?$/m);
    expect(ics).toMatch(/^STATUS:CANCELLED\r?$/m);
    expect(calendarMethodOf('INTERVIEW_CANCELLED')).toBe('CANCEL');
    expect(calendarMethodOf('INTERVIEW_ASSIGNED')).toBe('REQUEST');
    const mail = interviewCancelledMail(interview);
    expect(mail.subject).toBe('Cancelled: Interview: Casey — Backend Engineer (Technical), Tue, 8 Dec 2026, 14:00 UTC');
    expect(mail.text).toContain('You are no longer on the panel for Casey (Backend Engineer, Technical)');
  });
});
