import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { JobQueue } from '../common/jobs/job-queue';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { MailService } from '../mail/mail.service';
import { digestMail, reminderKey, scorecardReminderMail, type DigestLine } from '@panelist/mail';
import * as repository from './notifications.repository';

/** An abandoned scorecard is not chased forever: reminders and the digest look back this many days. */
export const LOOKBACK_DAYS = 14;
const REMINDERS_JOB = 'scorecard-reminders';
const DIGEST_JOB = 'scorecard-digest';
const HOUR_MS = 60 * 60 * 1000;

/** The UTC day, as the digest's idempotency key uses it: one digest per person and organization per day. */
export const utcDay = (now: Date): string => now.toISOString().slice(0, 10);

/**
 * Scheduled mail: reminders for overdue scorecards (checked every quarter hour, or on REMINDER_SWEEP_CRON) and the daily digest
 * for the people who run each job. However often and on however many instances the jobs run, the
 * outbox's unique dedupe key lets one reminder per scorecard per 24 hours of being overdue, and one
 * digest per person per day, through.
 */
@Injectable()
export class RemindersService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mail: MailService,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    const mail = this.config.mail;
    if (!mail) return;
    this.jobs.register(REMINDERS_JOB, { handler: () => this.sendReminders(), cron: mail.reminderSweepCron });
    this.jobs.register(DIGEST_JOB, { handler: () => this.sendDigests(), cron: `0 ${mail.digestHourUtc} * * *` });
  }

  /** Queues the reminders due (a scorecard reminded in the last of its overdue days is skipped by its key). */
  async sendReminders(now = new Date()): Promise<void> {
    const mail = this.config.mail;
    if (!mail) return;
    const due = await repository.remindableScorecardsAt(this.db, { now, delayHours: mail.reminderDelayHours, maxDays: LOOKBACK_DAYS });
    for (const scorecard of due) {
      await this.db.transaction((db) =>
        this.mail.queue(db, {
          organizationId: scorecard.organizationId,
          recipientId: scorecard.userId,
          kind: 'SCORECARD_REMINDER',
          to: scorecard.email,
          dedupeKey: reminderKey(scorecard.scorecardId, new Date(scorecard.endedAt.getTime() + mail.reminderDelayHours * HOUR_MS), now),
          ...scorecardReminderMail({ ...scorecard, url: this.interviewUrl(scorecard.interviewId) }),
        }),
      );
    }
  }

  /** Queues today's digests, one per person and organization with outstanding scorecards. */
  async sendDigests(now = new Date()): Promise<void> {
    if (!this.config.mail) return;
    const lines = await repository.digestScorecardsAt(this.db, { now, maxDays: LOOKBACK_DAYS });
    const digests = new Map<string, { row: (typeof lines)[number]; lines: DigestLine[] }>();
    for (const row of lines) {
      const key = `${row.recipientId}:${row.organizationId}`;
      const digest = digests.get(key) ?? { row, lines: [] };
      digest.lines.push(row);
      digests.set(key, digest);
    }
    for (const [key, { row, lines: items }] of digests) {
      await this.db.transaction((db) =>
        this.mail.queue(db, {
          organizationId: row.organizationId,
          recipientId: row.recipientId,
          kind: 'DIGEST',
          to: row.recipientEmail,
          dedupeKey: `digest:${key}:${utcDay(now)}`,
          ...digestMail({
            organizationName: row.organizationName,
            name: row.recipientName,
            lines: items,
            // Home lists the scorecards to chase, longest overdue first.
            url: `${this.config.publicUrl}/`,
          }),
        }),
      );
    }
  }

  private interviewUrl(interviewId: string): string {
    return `${this.config.publicUrl}/interviews/${interviewId}`;
  }
}
