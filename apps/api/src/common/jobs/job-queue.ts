import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import PgBoss from 'pg-boss';
import type { Queryable } from '../database/typed-sql';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';

/** pg-boss keeps its tables in a schema of its own, never mixed with the migrations' tables. */
export const JOB_SCHEMA = 'pgboss';

/** Jobs fetched per poll; the rest of the batch completes when the handler returns (pg-boss skips failed ones). */
const BATCH_SIZE = 20;

export interface JobDefinition<T extends object> {
  handler: (data: T) => Promise<unknown>;
  /** Cron (UTC) for scheduled jobs; pg-boss lets one instance per minute send it, however many run. */
  cron?: string;
  /** Retries with exponential backoff from `retryDelaySeconds` (a slow or down SMTP server, say). */
  retryLimit?: number;
  retryDelaySeconds?: number;
}

/**
 * The PostgreSQL-backed job queue (pg-boss) every background job runs on: mail delivery with
 * retries, and the scheduled reminder, digest and retention jobs. Safe with several API instances:
 * each job is fetched by exactly one worker (SKIP LOCKED) and each cron fires once per slot.
 * Features register in onModuleInit; the queue starts once the app has bootstrapped, unless
 * BACKGROUND_JOBS=false (the default under jest, where tests start it explicitly).
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('JobQueue');
  private readonly definitions = new Map<string, JobDefinition<object>>();
  private boss: PgBoss | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  register<T extends object>(name: string, definition: JobDefinition<T>): void {
    this.definitions.set(name, definition as JobDefinition<object>);
  }

  get running(): boolean {
    return this.boss !== null;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.backgroundJobs) await this.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  /** Starts pg-boss (creating or migrating its schema), its queues, workers and schedules. */
  async start(): Promise<void> {
    if (this.boss) return;
    const boss = new PgBoss({
      connectionString: this.config.databaseUrl,
      schema: JOB_SCHEMA,
      application_name: 'panelist-jobs',
      max: 4,
      // Finished jobs are kept a week for inspection; mail_outbox is the lasting log.
      deleteAfterDays: 7,
    });
    boss.on('error', (error) => this.logger.warn(`job queue: ${error.message}`));
    await boss.start();
    for (const [name, definition] of this.definitions) {
      await boss.createQueue(name, {
        name,
        retryLimit: definition.retryLimit ?? 3,
        retryDelay: definition.retryDelaySeconds ?? 30,
        retryBackoff: true,
      });
      // A batch per poll (a reminder run can queue hundreds of mails; one a second would take minutes),
      // each job failed on its own, so one bad message is retried without holding back the others.
      await boss.work<object>(name, { pollingIntervalSeconds: 1, batchSize: BATCH_SIZE }, async (jobs) => {
        for (const job of jobs) {
          try {
            await definition.handler(job.data ?? {});
          } catch (error) {
            await boss.fail(name, job.id, { message: error instanceof Error ? error.message : String(error) });
          }
        }
      });
      if (definition.cron) await boss.schedule(name, definition.cron, {}, { tz: 'UTC' });
    }
    this.boss = boss;
  }

  async stop(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    // graceful: running handlers finish (a mail being sent is not cut off mid-way).
    if (boss) await boss.stop({ graceful: true, close: true, wait: true, timeout: 10_000 });
  }

  /**
   * Enqueues a job; with `db` (a transaction) the job exists only if that transaction commits, so a
   * worker never sees a job whose outbox row is not there yet. False when the queue is not running.
   */
  async send(name: string, data: object, db?: Queryable): Promise<boolean> {
    if (!this.boss) return false;
    const options: PgBoss.SendOptions = db
      ? { db: { executeSql: async (text, values) => ({ rows: (await db.query(text, values)) as unknown[] }) } }
      : {};
    return (await this.boss.send(name, data, options)) !== null;
  }
}
