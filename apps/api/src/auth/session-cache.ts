import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Principal } from '../common/auth/principal';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/** The channel the session-change triggers notify (db/migrations/…-session-change-notices.ts). */
export const SESSION_CHANGES_CHANNEL = 'panelist_session_changes';
/** A resolved session is reused this long at most; any session change drops it at once. */
export const SESSION_CACHE_TTL_MS = 15_000;
const MAX_ENTRIES = 10_000;
const RECONNECT_MS = [250, 1_000, 5_000];

/** The little of node-postgres used here (the driver TypeORM already loaded; pg ships no types). */
interface PgClient {
  on(event: 'notification', listener: (notice: { channel: string }) => void): unknown;
  on(event: 'error' | 'end', listener: () => void): unknown;
  connect(): Promise<void>;
  query(sql: string): Promise<unknown>;
  end(): Promise<void>;
}
interface PgDriver {
  /** The pg module. */
  postgres: { Client: new (config: { connectionString: string; connectionTimeoutMillis: number; keepAlive: boolean }) => PgClient };
  /** The pool. */
  master?: { on(event: 'acquire', listener: (client: PgClient) => void): unknown };
}

interface Entry {
  principal: Principal;
  until: number;
}

/**
 * Resolved sessions of this process, kept briefly so a request (and a page's `me` plus its query)
 * pays the session lookup once, not every time — with revocation still applied on the next request:
 *
 * - A trigger NOTIFYs every change that can end or narrow a session (sign-out, role, deactivation,
 *   removal, sign-in settings, single sign-on). A dedicated LISTEN connection drops the whole cache
 *   on any notice, on every instance; revocations are rare, so "drop everything" is the simple and
 *   safe answer.
 * - The pool's connections LISTEN too: PostgreSQL hands a session its own notices before it reports
 *   the commit, so a change made through this process is forgotten before the write even returns.
 * - Nothing is cached while the listener is down (or before it is up): every request then reads the
 *   session as before. A lookup that started before a notice is not cached (generation check).
 */
@Injectable()
export class SessionCache implements OnModuleInit, OnApplicationShutdown {
  private readonly entries = new Map<string, Entry>();
  private generation = 0;
  private listening = false;
  private listener: PgClient | null = null;
  private reconnect: NodeJS.Timeout | null = null;
  private attempts = 0;
  private closed = false;
  private readonly logger = new Logger('SessionCache');
  private readonly listeningClients = new WeakSet<PgClient>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    (this.db.driver as unknown as PgDriver).master?.on('acquire', (client) => this.listenOn(client));
    await this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    if (this.reconnect) clearTimeout(this.reconnect);
    this.disable();
    await this.listener?.end().catch(() => undefined);
  }

  /** The cached principal of a session, or undefined (not cached, expired, or caching is off). */
  get(sessionId: string): Principal | undefined {
    const entry = this.entries.get(sessionId);
    if (!entry) return undefined;
    if (!this.listening || entry.until <= Date.now()) {
      this.entries.delete(sessionId);
      return undefined;
    }
    return entry.principal;
  }

  /** Resolves through `lookup` when not cached; caches the answer unless a change arrived meanwhile. */
  async resolve(sessionId: string, lookup: () => Promise<(Principal & { expiresAt: Date }) | null>): Promise<Principal | null> {
    const cached = this.get(sessionId);
    if (cached) return cached;
    const generation = this.generation;
    const found = await lookup();
    if (!found) return null;
    const { expiresAt, ...principal } = found;
    if (this.listening && generation === this.generation) {
      if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
      this.entries.set(sessionId, { principal, until: Math.min(Date.now() + SESSION_CACHE_TTL_MS, expiresAt.getTime()) });
    }
    return principal;
  }

  /** Forgets every cached session (a notice arrived, or the listener is down). */
  private invalidate = (): void => {
    this.generation++;
    this.entries.clear();
  };

  private disable(): void {
    this.listening = false;
    this.invalidate();
  }

  /** Pool connections listen too, so this process's own changes invalidate before their write returns. */
  private listenOn(client: PgClient): void {
    if (this.listeningClients.has(client)) return;
    this.listeningClients.add(client);
    client.on('notification', (notice) => {
      if (notice.channel === SESSION_CHANGES_CHANNEL) this.invalidate();
    });
    // Queued ahead of the acquirer's own statement on the same connection; sent once per connection.
    client.query(`LISTEN ${SESSION_CHANGES_CHANNEL}`).catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    const { Client } = (this.db.driver as unknown as PgDriver).postgres;
    const client = new Client({ connectionString: this.config.databaseUrl, connectionTimeoutMillis: 5_000, keepAlive: true });
    client.on('notification', (notice) => {
      if (notice.channel === SESSION_CHANGES_CHANNEL) this.invalidate();
    });
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${SESSION_CHANGES_CHANNEL}`);
    } catch {
      this.lost(client);
      return;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.listener = client;
    this.attempts = 0;
    this.invalidate();
    this.listening = true;
  }

  /** The listener is gone: stop caching at once and try again shortly. */
  private lost(client: PgClient): void {
    if (this.listener !== null && this.listener !== client) return;
    this.listener = null;
    this.disable();
    client.end().catch(() => undefined);
    if (this.closed || this.reconnect) return;
    const delay = RECONNECT_MS[Math.min(this.attempts++, RECONNECT_MS.length - 1)];
    if (this.attempts === 2) this.logger.warn('session-change listener lost; sessions are read on every request until it is back');
    this.reconnect = setTimeout(() => {
      this.reconnect = null;
      void this.connect();
    }, delay);
    this.reconnect.unref();
  }
}
