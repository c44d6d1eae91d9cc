import { Inject, Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { EventBus, PUB_SUB } from '../common/graphql/pub-sub';
import { MailService, type MailHealth } from '../mail/mail.service';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { dependencyUp, observePool } from '../observability/metrics';
import { migrationNames, pingDatabase } from './health.repository';
import type { WarmUpReport } from './warm-up';

export interface Readiness {
  status: 'ok' | 'unavailable';
  database: 'ok' | 'unreachable';
  redis: 'ok' | 'unreachable' | 'not configured';
  migrations: 'applied' | 'pending' | 'unknown';
  /** Degraded while an email waits for a retry: reported, but the app stays ready (links are still shown to admins). */
  mail: MailHealth;
  draining?: true;
  /** Right after the start, while the API does what its first requests would otherwise wait for (warm-up.ts). */
  warmingUp?: true;
}

const logger = new Logger('Health');

/**
 * What readiness reports: the database answers, Redis answers (when configured), every migration
 * this build knows is applied, the start-up warm-up is over, and the process is not draining after
 * SIGTERM. Outages and recoveries are logged once each.
 */
@Injectable()
export class HealthState implements BeforeApplicationShutdown {
  private draining = false;
  private warming = false;
  private migrationsApplied = false;
  private last: Partial<Record<'database' | 'redis', boolean>> = {};

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(PUB_SUB) private readonly events: EventBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mail: MailService,
  ) {
    observePool(() => (db.driver as unknown as { master?: { totalCount: number; idleCount: number; waitingCount: number } }).master);
  }

  async readiness(): Promise<Readiness> {
    const [database, migrations, redis, mail] = await Promise.all([
      this.databaseUp(),
      this.migrations(),
      this.events.redisReachable(),
      this.mail.health(),
    ]);
    this.transition('database', database);
    if (redis !== null) this.transition('redis', redis);
    const ready = database && migrations === 'applied' && redis !== false && !this.draining && !this.warming;
    return {
      status: ready ? 'ok' : 'unavailable',
      database: database ? 'ok' : 'unreachable',
      redis: redis === null ? 'not configured' : redis ? 'ok' : 'unreachable',
      migrations,
      mail,
      ...(this.draining ? { draining: true as const } : {}),
      ...(this.warming ? { warmingUp: true as const } : {}),
    };
  }

  /**
   * Readiness says 503 (warmingUp) until `work` settles, so a balancer, `npm start` or a test harness
   * sends the first requests to a warm API. A failed warm-up is logged and ends the wait all the same:
   * it only moves work to the requests.
   */
  warmUp(work: Promise<WarmUpReport>): void {
    this.warming = true;
    void work
      .then(
        ({ queries, connections, ms }) =>
          logger.log(`warmed up in ${ms} ms: ${queries} SQL queries parsed, ${connections} connections open`),
        (error: unknown) =>
          logger.warn(`warm-up failed, the first requests do its work: ${error instanceof Error ? error.message : String(error)}`),
      )
      .finally(() => {
        this.warming = false;
      });
  }

  /** After SIGTERM: readiness says 503 while requests still get answers, so the balancer stops sending new ones. */
  async beforeApplicationShutdown(signal?: string): Promise<void> {
    if (!signal) return;
    this.draining = true;
    logger.log(`${signal} received: draining for ${this.config.shutdownDrainSeconds} s, then shutting down`);
    if (this.config.shutdownDrainSeconds > 0) await new Promise((resolve) => setTimeout(resolve, this.config.shutdownDrainSeconds * 1000));
    logger.log('shutting down: closing the server, Redis and the database pool');
  }

  private async databaseUp(): Promise<boolean> {
    try {
      await pingDatabase(this.db);
      return true;
    } catch {
      return false;
    }
  }

  private async migrations(): Promise<Readiness['migrations']> {
    if (this.migrationsApplied) return 'applied';
    try {
      const applied = new Set(await migrationNames(this.db));
      this.migrationsApplied = this.db.migrations.every((migration) => applied.has(migration.name ?? migration.constructor.name));
      return this.migrationsApplied ? 'applied' : 'pending';
    } catch (error) {
      // No migrations table yet: nothing applied.
      return (error as { driverError?: { code?: string } }).driverError?.code === '42P01' ? 'pending' : 'unknown';
    }
  }

  private transition(dependency: 'database' | 'redis', up: boolean): void {
    dependencyUp.set({ dependency }, up ? 1 : 0);
    const before = this.last[dependency];
    this.last[dependency] = up;
    if (before === undefined || before === up) return;
    if (up) logger.log(`${dependency} recovered`);
    else logger.error(`${dependency} unreachable`);
  }
}
