/**
 * The emails Panelist sends, as plain text and simple HTML built from the same parts. Pure: the
 * callers pass only what the recipient may see. Dates are written in UTC with the zone named, since
 * the server does not know the reader's time zone (the calendar invitation carries the exact time).
 */

export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

interface Layout {
  organizationName: string;
  subject: string;
  greeting: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  list?: string[];
  footer?: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => ESCAPES[character]);
}

/** "Tue, 8 Dec 2026, 14:00 UTC" */
export function formatUtc(date: Date): string {
  const day = date.toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const time = date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'UTC' });
  return `${day}, ${time} UTC`;
}

function compose(layout: Layout): MailContent {
  const signature = `— Panelist for ${layout.organizationName}`;
  const text = [
    layout.greeting,
    '',
    ...layout.paragraphs.flatMap((paragraph) => [paragraph, '']),
    ...(layout.list?.length ? [...layout.list.map((item) => `- ${item}`), ''] : []),
    ...(layout.action ? [`${layout.action.label}: ${layout.action.url}`, ''] : []),
    ...(layout.footer ? [layout.footer, ''] : []),
    signature,
  ].join('\n');
  const html = [
    '<!doctype html><html><body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1f2933">',
    `<p>${escapeHtml(layout.greeting)}</p>`,
    ...layout.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
    ...(layout.list?.length ? [`<ul>${layout.list.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`] : []),
    ...(layout.action
      ? [
          `<p><a href="${escapeHtml(layout.action.url)}" style="display: inline-block; padding: 8px 16px; background: #1d4ed8; color: #fff; text-decoration: none; border-radius: 4px">${escapeHtml(layout.action.label)}</a></p>`,
          `<p style="font-size: 0.875em; color: #52606d">Or open this link: ${escapeHtml(layout.action.url)}</p>`,
        ]
      : []),
    ...(layout.footer ? [`<p style="font-size: 0.875em; color: #52606d">${escapeHtml(layout.footer)}</p>`] : []),
    `<p>${escapeHtml(signature)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject: layout.subject, text, html };
}

export function invitationMail(input: {
  organizationName: string;
  name: string;
  roleLabel: string;
  url: string;
  expiresAt: Date;
}): MailContent {
  return compose({
    organizationName: input.organizationName,
    subject: `You are invited to ${input.organizationName} on Panelist`,
    greeting: `Hello ${input.name},`,
    paragraphs: [
      `You have been invited to join ${input.organizationName} on Panelist as ${input.roleLabel.toLowerCase()}.`,
      `The link works once, until ${formatUtc(input.expiresAt)}.`,
    ],
    action: { label: 'Accept the invitation', url: input.url },
    footer: 'If you did not expect this invitation, ignore this email: nothing happens unless you accept.',
  });
}

export function passwordResetMail(input: { organizationName: string; name: string; url: string; expiresAt: Date }): MailContent {
  return compose({
    organizationName: input.organizationName,
    subject: `Choose a new Panelist password (${input.organizationName})`,
    greeting: `Hello ${input.name},`,
    paragraphs: [
      `An admin of ${input.organizationName} started a password reset for your Panelist account. You have been signed out everywhere.`,
      `The link works once, until ${formatUtc(input.expiresAt)}.`,
    ],
    action: { label: 'Choose a new password', url: input.url },
    footer: 'If you did not expect this, tell an admin of your organization.',
  });
}

export interface InterviewSummary {
  organizationName: string;
  interviewerName: string;
  candidateName: string;
  jobTitle: string;
  roundName: string | null;
  start: Date;
  durationMinutes: number;
  url: string;
}

export function interviewTitle(interview: Pick<InterviewSummary, 'candidateName' | 'jobTitle' | 'roundName'>): string {
  return `Interview: ${interview.candidateName} — ${interview.jobTitle}${interview.roundName ? ` (${interview.roundName})` : ''}`;
}

export function interviewAssignedMail(interview: InterviewSummary): MailContent {
  return compose({
    organizationName: interview.organizationName,
    subject: `${interviewTitle(interview)}, ${formatUtc(interview.start)}`,
    greeting: `Hello ${interview.interviewerName},`,
    paragraphs: [
      `You are on the panel for ${interview.candidateName} (${interview.jobTitle}${interview.roundName ? `, ${interview.roundName}` : ''}).`,
      `When: ${formatUtc(interview.start)}, ${interview.durationMinutes} minutes. The attached calendar invitation has the exact time.`,
      'Open interview mode from the link below to see the questions and score as you go.',
    ],
    action: { label: 'Open interview mode', url: interview.url },
  });
}

export function interviewCancelledMail(interview: InterviewSummary): MailContent {
  return compose({
    organizationName: interview.organizationName,
    subject: `Cancelled: ${interviewTitle(interview)}, ${formatUtc(interview.start)}`,
    greeting: `Hello ${interview.interviewerName},`,
    paragraphs: [
      `You are no longer on the panel for ${interview.candidateName} (${interview.jobTitle}${interview.roundName ? `, ${interview.roundName}` : ''}) on ${formatUtc(interview.start)}: the interview was cancelled or its panel changed.`,
      'The attached calendar message removes the entry from your calendar.',
    ],
  });
}

export function scorecardReminderMail(input: {
  organizationName: string;
  name: string;
  candidateName: string;
  jobTitle: string;
  endedAt: Date;
  url: string;
}): MailContent {
  return compose({
    organizationName: input.organizationName,
    subject: `Reminder: your scorecard for ${input.candidateName} is waiting`,
    greeting: `Hello ${input.name},`,
    paragraphs: [
      `Your interview with ${input.candidateName} (${input.jobTitle}) ended ${formatUtc(input.endedAt)} and your scorecard is not submitted yet.`,
      'The hiring team decides from submitted scorecards, so yours matters.',
    ],
    action: { label: 'Finish the scorecard', url: input.url },
    footer: 'You get at most one reminder a day per scorecard. Turn reminders off on your Account page.',
  });
}

export interface DigestLine {
  candidateName: string;
  jobTitle: string;
  interviewerName: string;
  endedAt: Date;
}

export function digestMail(input: { organizationName: string; name: string; lines: DigestLine[]; url: string }): MailContent {
  const count = input.lines.length;
  return compose({
    organizationName: input.organizationName,
    subject: `${count} scorecard${count === 1 ? '' : 's'} outstanding for your jobs (${input.organizationName})`,
    greeting: `Hello ${input.name},`,
    paragraphs: [`These scorecards for your jobs and the candidates you added are still not submitted after their interview ended:`],
    list: input.lines.map(
      (line) => `${line.interviewerName} — ${line.candidateName}, ${line.jobTitle} (interview ended ${formatUtc(line.endedAt)})`,
    ),
    action: { label: 'See scorecards to chase', url: input.url },
    footer: 'This digest comes once a day while scorecards are outstanding. Turn it off on your Account page.',
  });
}
