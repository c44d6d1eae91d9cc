import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createTransport, type Transporter } from 'nodemailer';
import type { DataSource } from 'typeorm';
import type { Queryable } from '../common/database/typed-sql';
import { JobQueue } from '../common/jobs/job-queue';
import { APP_CONFIG, type AppConfig, type MailConfig } from '../config/app-config';
import { calendarMethodOf } from '@panelist/mail';
import * as outbox from './mail-outbox.repository';
import type { OutgoingMessage } from './mail-outbox.repository';

export const DELIVER_JOB = 'mail-deliver';
const SWEEP_JOB = 'mail-sweep';
/** After this many failed attempts (about a day and a half of backoff) a message is given up as FAILED. */
const MAX_ATTEMPTS = 12;
/** Longer than a send can take (the transport's connection, greeting and socket timeouts together). */
const CLAIM_SECONDS = 120;

/** What happened to an email the API wanted to send, as the admin sees it. */
export type EmailDelivery = 'QUEUED' | 'NOT_CONFIGURED';

export type MailHealth = 'ok' | 'degraded' | 'not configured';

/**
 * Email through an outbox: `queue` writes the message in the caller's transaction and enqueues its
 * delivery job in that same transaction; the job sends it over SMTP (nodemailer) and is retried
 * with backoff while the server is down or slow. Without SMTP_URL nothing is written or sent.
 */
@Injectable()
export class MailService implements OnModuleInit {
  private readonly logger = new Logger('Mail');
  private transporter: Transporter | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobQueue,
  ) {}

  get configured(): boolean {
    return this.config.mail !== null;
  }

  onModuleInit(): void {
    if (!this.config.mail) return;
    this.jobs.register<{ outboxId: string }>(DELIVER_JOB, {
      handler: ({ outboxId }) => this.deliver(outboxId),
      retryLimit: MAX_ATTEMPTS,
      retryDelaySeconds: this.config.mail.retryDelaySeconds,
    });
    // Re-queues what is still pending after its job gave up or was never queued (written while the queue was off).
    this.jobs.register(SWEEP_JOB, { handler: () => this.sweep(), cron: '*/10 * * * *' });
  }

  /** Writes the message within `db`'s transaction and queues its delivery for when that commits. */
  async queue(db: Queryable, message: OutgoingMessage): Promise<EmailDelivery> {
    if (!this.configured) return 'NOT_CONFIGURED';
    const outboxId = await outbox.insertOutgoing(db, message);
    if (outboxId) await this.jobs.send(DELIVER_JOB, { outboxId }, db);
    return 'QUEUED';
  }

  /**
   * Sends one message, once: its claim (mail-outbox.repository) makes a second worker or a replayed job
   * a no-op. No transaction is open while the SMTP server is talked to, so a slow or silent server
   * holds no database connection. A failure is recorded on the row and rethrown, so pg-boss retries.
   */
  async deliver(outboxId: string): Promise<void> {
    const mail = this.config.mail;
    if (!mail) return;
    const message = await outbox.claimPendingMessage(this.db, outboxId, CLAIM_SECONDS);
    if (!message) return;
    try {
      await this.transport(mail).sendMail({
        from: mail.from,
        to: message.to,
        subject: message.subject,
        text: message.text ?? '',
        html: message.html ?? undefined,
        ...(message.calendar
          ? { icalEvent: { method: calendarMethodOf(message.kind), filename: 'interview.ics', content: message.calendar } }
          : {}),
        headers: { 'X-Panelist-Kind': message.kind, 'Auto-Submitted': 'auto-generated' },
      });
    } catch (caught) {
      const error = caught instanceof Error ? caught : new Error(String(caught));
      await outbox.markAttemptFailed(this.db, outboxId, error.message, MAX_ATTEMPTS);
      this.logger.warn(`email ${outboxId} not sent yet: ${error.message}`);
      throw error;
    }
    await outbox.markMessageSent(this.db, outboxId);
  }

  /** 'degraded' while some message waits for a retry or was given up today; the app itself stays ready. */
  async health(): Promise<MailHealth> {
    if (!this.configured) return 'not configured';
    try {
      const backlog = await outbox.mailBacklogOf(this.db);
      return backlog.retrying > 0 || backlog.failedToday > 0 ? 'degraded' : 'ok';
    } catch {
      return 'degraded';
    }
  }

  private async sweep(): Promise<void> {
    for (const outboxId of await outbox.stalePendingIds(this.db, 15 * 60)) await this.jobs.send(DELIVER_JOB, { outboxId });
  }

  private transport(mail: MailConfig): Transporter {
    // Short timeouts: a hung server fails the attempt, which is retried later, instead of holding a worker.
    this.transporter ??= createTransport({
      url: mail.smtpUrl,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    } as Parameters<typeof createTransport>[0]);
    return this.transporter;
  }
}
