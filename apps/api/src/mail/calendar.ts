import { createEvent } from 'ics';
import { interviewTitle, type InterviewSummary } from './messages';

/**
 * An iCalendar REQUEST for an interview: calendars offer to add it, and a later one with the same
 * UID and a higher SEQUENCE (a reschedule) updates it. The description and URL carry the
 * interview-mode link; nothing about the candidate beyond the name the interviewer already sees.
 */
export function interviewInvitation(
  interview: InterviewSummary & { interviewId: string; interviewerEmail: string; organizerEmail: string; sequence: number },
): string {
  const { error, value } = createEvent({
    uid: `interview-${interview.interviewId}@panelist`,
    sequence: interview.sequence,
    method: 'REQUEST',
    productId: 'panelist/interviews',
    title: interviewTitle(interview),
    description: `Interview mode: ${interview.url}`,
    url: interview.url,
    start: interview.start.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: interview.start.getTime() + interview.durationMinutes * 60_000,
    endInputType: 'utc',
    endOutputType: 'utc',
    status: 'CONFIRMED',
    busyStatus: 'BUSY',
    organizer: { name: `${interview.organizationName} (Panelist)`, email: interview.organizerEmail },
    attendees: [
      { name: interview.interviewerName, email: interview.interviewerEmail, rsvp: true, partstat: 'NEEDS-ACTION', role: 'REQ-PARTICIPANT' },
    ],
  });
  if (error || !value) throw error ?? new Error('The calendar invitation could not be written.');
  return value;
}
