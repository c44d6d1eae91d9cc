import { execute, first, rows, sql, type Queryable } from '../common/database/typed-sql';
import type {
  IInsertMessageQuery,
  IClaimPendingQuery,
  IMailBacklogQuery,
  IAttemptFailedQuery,
  IMarkSentQuery,
  IPendingMessagesQuery,
  mail_kind as MailKind,
} from './mail-outbox.repository.types';

export type { MailKind };

export interface OutgoingMessage {
  organizationId: string;
  recipientId: string | null;
  kind: MailKind;
  to: string;
  subject: string;
  text: string;
  html: string;
  calendar?: string | null;
  /** Scheduled mail's idempotency key: a second message with the same key is not written. */
  dedupeKey?: string | null;
}

const insertMessage = sql<IInsertMessageQuery>`
  INSERT INTO mail_outbox (organization_id, recipient_id, kind, to_address, subject, text_body, html_body, calendar, dedupe_key)
  VALUES ($organizationId!, $recipientId, $kind!, $to!, $subject!, $text!, $html!, $calendar, $dedupeKey)
  ON CONFLICT (dedupe_key) DO NOTHING
  RETURNING id`;

/** Writes the message; undefined when its dedupe key was already used (sent or queued before). */
export async function insertOutgoing(db: Queryable, message: OutgoingMessage): Promise<string | undefined> {
  const row = await first(db, insertMessage, {
    ...message,
    calendar: message.calendar ?? null,
    dedupeKey: message.dedupeKey ?? null,
  });
  return row?.id;
}

const claimPending = sql<IClaimPendingQuery>`
  UPDATE mail_outbox o SET claimed_until = now() + make_interval(secs => $leaseSeconds!)
    FROM organizations org
   WHERE o.id = $id! AND o.status = 'PENDING' AND (o.claimed_until IS NULL OR o.claimed_until < now()) AND org.id = o.organization_id
  RETURNING o.id, o.to_address AS "to", o.subject, o.text_body AS "text", o.html_body AS "html", o.calendar, o.kind,
            org.name AS "organizationName"`;

/**
 * The message, claimed for sending for `leaseSeconds` (one statement: no transaction stays open while
 * the mail server is talked to), or undefined when it is sent already or another worker's claim holds.
 * A worker that dies while sending leaves a claim that runs out, and the message is tried again.
 */
export function claimPendingMessage(db: Queryable, id: string, leaseSeconds: number) {
  return first(db, claimPending, { id, leaseSeconds });
}

const markSent = sql<IMarkSentQuery>`
  UPDATE mail_outbox SET status = 'SENT', sent_at = now(), last_attempt_at = now(), attempts = attempts + 1, last_error = NULL,
         text_body = NULL, html_body = NULL, calendar = NULL, claimed_until = NULL
   WHERE id = $id!`;

/** Sent: the bodies (which may hold one-time links) go; who, what and when stay as the log. */
export async function markMessageSent(db: Queryable, id: string): Promise<void> {
  await execute(db, markSent, { id });
}

const attemptFailed = sql<IAttemptFailedQuery>`
  UPDATE mail_outbox SET attempts = attempts + 1, last_attempt_at = now(), last_error = left($error!, 500), claimed_until = NULL,
         status = CASE WHEN attempts + 1 >= $maxAttempts! THEN 'FAILED'::mail_status ELSE status END
   WHERE id = $id! AND status = 'PENDING'`;

/** Counts a failed attempt; the last allowed one gives the message up (FAILED). */
export async function markAttemptFailed(db: Queryable, id: string, error: string, maxAttempts: number): Promise<void> {
  await execute(db, attemptFailed, { id, error, maxAttempts });
}

const pendingMessages = sql<IPendingMessagesQuery>`
  SELECT id FROM mail_outbox WHERE status = 'PENDING' AND created_at < now() - make_interval(secs => $olderThanSeconds!)
   ORDER BY created_at LIMIT 200`;

/** Messages still waiting after a while, e.g. written while the queue was not running. */
export async function stalePendingIds(db: Queryable, olderThanSeconds: number): Promise<string[]> {
  return (await rows(db, pendingMessages, { olderThanSeconds })).map((row) => row.id);
}

const mailBacklog = sql<IMailBacklogQuery>`
  SELECT count(*) FILTER (WHERE status = 'PENDING' AND attempts > 0) AS "retrying!",
         count(*) FILTER (WHERE status = 'FAILED' AND last_attempt_at > now() - interval '1 day') AS "failedToday!"
    FROM mail_outbox WHERE status <> 'SENT'`;

/** Messages whose delivery failed at least once and are waiting for a retry, and recent give-ups. */
export async function mailBacklogOf(db: Queryable): Promise<{ retrying: number; failedToday: number }> {
  const row = await first(db, mailBacklog, undefined);
  return { retrying: Number(row?.retrying ?? 0), failedToday: Number(row?.failedToday ?? 0) };
}
