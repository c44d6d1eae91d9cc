import { createEvent } from 'ics';
import { interviewTitle, type InterviewSummary } from './messages';

/**
 * An iCalendar REQUEST for an interview: calendars offer to add it, and a later one with the same
 * UID and a higher SEQUENCE (a reschedule) updates it. The description and URL carry the
 * interview-mode link; nothing about the candidate beyond the name the interviewer already sees.
 */
export function interviewInvitation(interview: CalendarInterview): string {
  return calendarEntry(interview, 'REQUEST');
}

/**
 * An iCalendar CANCEL for the entry an invitation added (same UID, a higher SEQUENCE): the interview
 * was cancelled, or the panelist was taken off it. Calendars remove the entry or mark it cancelled.
 */
export function interviewCancellation(interview: CalendarInterview): string {
  return calendarEntry(interview, 'CANCEL');
}

type CalendarInterview = InterviewSummary & { interviewId: string; interviewerEmail: string; organizerEmail: string; sequence: number };

/** The iTIP method a calendar message of this kind carries (nodemailer names it in the Content-Type too). */
export const calendarMethodOf = (kind: string): 'REQUEST' | 'CANCEL' => (kind === 'INTERVIEW_CANCELLED' ? 'CANCEL' : 'REQUEST');

function calendarEntry(interview: CalendarInterview, method: 'REQUEST' | 'CANCEL'): string {
  const { error, value } = createEvent({
    uid: `interview-${interview.interviewId}@panelist`,
    sequence: interview.sequence,
    method,
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
    status: method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED',
    busyStatus: 'BUSY',
    organizer: { name: `${interview.organizationName} (Panelist)`, email: interview.organizerEmail },
    attendees: [
      { name: interview.interviewerName, email: interview.interviewerEmail, rsvp: true, partstat: 'NEEDS-ACTION', role: 'REQ-PARTICIPANT' },
    ],
  });
  if (error || !value) throw error ?? new Error('The calendar invitation could not be written.');
  return value;
}
