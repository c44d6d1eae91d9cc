import { first, rows, sql, type Queryable } from '../common/database/typed-sql';
import type {
  IDigestScorecardsQuery,
  IFindMembershipRecipientQuery,
  IFindPreferencesQuery,
  IFindResetRecipientQuery,
  ISelectSeatsForMailQuery,
  IRemindableScorecardsQuery,
  IUpdatePreferencesQuery,
} from './notifications.repository.types';

const findMembershipRecipient = sql<IFindMembershipRecipientQuery>`
  SELECT u.id AS "userId", coalesce(m.invited_email, u.email) AS "email!", coalesce(m.invited_name, u.name) AS "name!", m.role,
         m.organization_id AS "organizationId", o.name AS "organizationName"
    FROM memberships m JOIN users u ON u.id = m.user_id JOIN organizations o ON o.id = m.organization_id
   WHERE m.id = $membershipId!`;

/** Whom an invitation goes to: the email and name the admin typed for this membership. */
export function membershipRecipient(db: Queryable, membershipId: string) {
  return first(db, findMembershipRecipient, { membershipId });
}

const findResetRecipient = sql<IFindResetRecipientQuery>`
  SELECT u.email, u.name, o.name AS "organizationName"
    FROM users u JOIN organizations o ON o.id = $organizationId!
   WHERE u.id = $userId!`;

export function resetRecipient(db: Queryable, userId: string, organizationId: string) {
  return first(db, findResetRecipient, { userId, organizationId });
}

const selectSeatsForMail = sql<ISelectSeatsForMailQuery>`
  SELECT u.id AS "userId", u.email, u.name, i.id AS "interviewId", i.scheduled_at AS "start", i.duration_minutes AS "durationMinutes",
         i.version, c.name AS "candidateName", j.title AS "jobTitle", jr.name AS "roundName?", o.name AS "organizationName",
         o.id AS "organizationId"
    FROM scorecards s JOIN users u ON u.id = s.interviewer_id JOIN interviews i ON i.id = s.interview_id
    JOIN interview_loops l ON l.id = i.loop_id JOIN jobs j ON j.id = l.job_id JOIN candidates c ON c.id = l.candidate_id
    JOIN organizations o ON o.id = i.organization_id LEFT JOIN job_rounds jr ON jr.id = i.round_id
   WHERE s.interview_id = $interviewId! AND s.interviewer_id = ANY($userIds!::uuid[])`;

/** The interview as each of the given panelists sees it, for their calendar invitation. */
export function interviewSeatsForMail(db: Queryable, interviewId: string, userIds: string[]) {
  return rows(db, selectSeatsForMail, { interviewId, userIds });
}

/**
 * Unsubmitted scorecards whose interview ended at least `delayHours` ago (and at most `maxDays`
 * ago: an abandoned scorecard is not chased forever), of active members who keep reminders on.
 */
const remindableScorecards = sql<IRemindableScorecardsQuery>`
  SELECT s.id AS "scorecardId", s.organization_id AS "organizationId", o.name AS "organizationName", u.id AS "userId", u.email, u.name,
         i.id AS "interviewId", c.name AS "candidateName", j.title AS "jobTitle",
         i.scheduled_at + i.duration_minutes * interval '1 minute' AS "endedAt!"
    FROM scorecards s JOIN interviews i ON i.id = s.interview_id JOIN users u ON u.id = s.interviewer_id
    JOIN memberships m ON m.user_id = u.id AND m.organization_id = s.organization_id AND m.status = 'ACTIVE'
    JOIN interview_loops l ON l.id = i.loop_id JOIN jobs j ON j.id = l.job_id JOIN candidates c ON c.id = l.candidate_id
    JOIN organizations o ON o.id = s.organization_id
   WHERE s.status <> 'SUBMITTED' AND u.scorecard_reminders AND c.erased_at IS NULL
     AND i.scheduled_at + i.duration_minutes * interval '1 minute' + make_interval(hours => $delayHours!) <= $now!
     AND i.scheduled_at + i.duration_minutes * interval '1 minute' > $now!::timestamptz - make_interval(days => $maxDays!)
   ORDER BY i.scheduled_at LIMIT 1000`;

export function remindableScorecardsAt(db: Queryable, params: { now: Date; delayHours: number; maxDays: number }) {
  return rows(db, remindableScorecards, params);
}

/**
 * Outstanding scorecards by the people who run their job (its hiring manager and whoever created
 * it) and by whoever added the candidate (the recruiter chasing their feedback), while they are
 * active loop managers with the digest on: what they may already see.
 */
const digestScorecards = sql<IDigestScorecardsQuery>`
  SELECT r.id AS "recipientId", r.email AS "recipientEmail", r.name AS "recipientName", o.id AS "organizationId",
         o.name AS "organizationName", c.name AS "candidateName", j.title AS "jobTitle", u.name AS "interviewerName",
         i.scheduled_at + i.duration_minutes * interval '1 minute' AS "endedAt!"
    FROM scorecards s JOIN interviews i ON i.id = s.interview_id JOIN users u ON u.id = s.interviewer_id
    JOIN interview_loops l ON l.id = i.loop_id JOIN jobs j ON j.id = l.job_id JOIN candidates c ON c.id = l.candidate_id
    JOIN organizations o ON o.id = s.organization_id
    JOIN users r ON r.id IN (j.hiring_manager_id, j.created_by, c.created_by)
    JOIN memberships rm ON rm.user_id = r.id AND rm.organization_id = s.organization_id AND rm.status = 'ACTIVE'
                       AND rm.role IN ('ADMIN', 'HIRING_MANAGER', 'RECRUITER')
   WHERE s.status <> 'SUBMITTED' AND r.daily_digest AND c.erased_at IS NULL
     AND i.scheduled_at + i.duration_minutes * interval '1 minute' < $now!
     AND i.scheduled_at + i.duration_minutes * interval '1 minute' > $now!::timestamptz - make_interval(days => $maxDays!)
   ORDER BY r.id, o.id, i.scheduled_at, u.name LIMIT 5000`;

export function digestScorecardsAt(db: Queryable, params: { now: Date; maxDays: number }) {
  return rows(db, digestScorecards, params);
}

const findPreferences = sql<IFindPreferencesQuery>`
  SELECT scorecard_reminders AS "scorecardReminders", daily_digest AS "dailyDigest" FROM users WHERE id = $userId!`;

export function preferencesOf(db: Queryable, userId: string) {
  return first(db, findPreferences, { userId });
}

const updatePreferences = sql<IUpdatePreferencesQuery>`
  UPDATE users SET scorecard_reminders = $scorecardReminders!, daily_digest = $dailyDigest!, updated_at = now()
   WHERE id = $userId!
  RETURNING scorecard_reminders AS "scorecardReminders", daily_digest AS "dailyDigest"`;

export function setPreferences(db: Queryable, params: { userId: string; scorecardReminders: boolean; dailyDigest: boolean }) {
  return first(db, updatePreferences, params);
}
