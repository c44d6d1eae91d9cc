import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { PubSub, PubSubEngine } from 'graphql-subscriptions';
import Redis, { type RedisOptions } from 'ioredis';
import type { AppConfig } from '../../config/app-config';
import { eventLag, eventPublishFailures } from '../../observability/metrics';

/**
 * Events for GraphQL subscriptions. One API process keeps them in memory; with REDIS_URL set,
 * events go through Redis so a subscriber on one instance hears a change made on another.
 */
export const PUB_SUB = Symbol('PUB_SUB');

const logger = new Logger('EventBus');

/**
 * Redis that never makes a request wait for long: no offline queue (a command while disconnected
 * fails at once), one retry per command, a command timeout, and reconnection forever with a capped delay.
 */
export const REDIS_OPTIONS: RedisOptions = {
  maxRetriesPerRequest: 1,
  enableOfflineQueue: false,
  connectTimeout: 3_000,
  commandTimeout: 2_000,
  retryStrategy: (attempt) => Math.min(200 * attempt, 5_000),
};

/** ISO timestamps under keys ending in "At" (submittedAt, updatedAt …) come back as Dates after JSON. */
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
export function reviveDates(key: string, value: unknown): unknown {
  return typeof value === 'string' && /At$/.test(key) && ISO_TIMESTAMP.test(value) ? new Date(value) : value;
}

/** Logs an outage once when it starts and once when it ends, not on every reconnection attempt. */
function watch(client: Redis, role: string, health: RedisHealth): Redis {
  client.on('error', (error: Error) => {
    if (health.up[role] !== false) logger.error(`Redis ${role} connection lost: ${error.message}`);
    health.up[role] = false;
  });
  client.on('ready', () => {
    if (health.up[role] === false) logger.log(`Redis ${role} connection recovered`);
    health.up[role] = true;
  });
  // RedisPubSub unsubscribes without awaiting; while Redis is down that would be an unhandled rejection.
  for (const method of ['unsubscribe', 'punsubscribe'] as const) {
    const original = client[method].bind(client) as (...args: unknown[]) => Promise<unknown>;
    (client as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
      const result = original(...args);
      result.catch((error: Error) => logger.warn(`Redis ${method} failed: ${error.message}`));
      return result;
    };
  }
  return client;
}

interface RedisHealth {
  up: Record<string, boolean>;
}

/**
 * The event bus the app uses: whatever the transport, publishing never fails a caller (a change is
 * saved before its event is published; a lost event is logged and counted, never reported as a failed
 * save), and delivery lag is measured.
 */
export class EventBus extends PubSubEngine {
  /** Trigger of each open subscription on this instance. */
  private readonly triggers = new Map<number, string>();

  constructor(
    private readonly inner: PubSubEngine,
    private readonly redis: { publisher: Redis; subscriber: Redis } | null = null,
  ) {
    super();
  }

  override async publish(trigger: string, payload: unknown): Promise<void> {
    try {
      await this.inner.publish(trigger, { ...(payload as object), publishedAt: Date.now() });
    } catch (error) {
      eventPublishFailures.inc({ trigger });
      logger.warn(`event ${trigger} not published: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  override async subscribe(trigger: string, onMessage: (payload: unknown) => void, options: object = {}): Promise<number> {
    const observed = (payload: unknown) => {
      const publishedAt = (payload as { publishedAt?: unknown } | null)?.publishedAt;
      if (typeof publishedAt === 'number') eventLag.observe({ trigger }, Math.max(0, Date.now() - publishedAt) / 1000);
      onMessage(payload);
    };
    const id = await this.inner.subscribe(trigger, observed, options);
    this.triggers.set(id, trigger);
    return id;
  }

  /** How many subscriptions on this instance listen to a trigger (for tests and diagnostics). */
  listenerCount(trigger: string): number {
    return [...this.triggers.values()].filter((name) => name === trigger).length;
  }

  override unsubscribe(id: number): void {
    this.triggers.delete(id);
    try {
      this.inner.unsubscribe(id);
    } catch (error) {
      logger.warn(`unsubscribe failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Null without Redis; otherwise whether Redis answers a PING now. */
  async redisReachable(): Promise<boolean | null> {
    if (!this.redis) return null;
    try {
      return (await this.redis.publisher.ping()) === 'PONG' && this.redis.subscriber.status === 'ready';
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    if (!this.redis) return;
    await Promise.allSettled([this.redis.publisher.quit(), this.redis.subscriber.quit()]);
    this.redis.publisher.disconnect();
    this.redis.subscriber.disconnect();
  }
}

export function createPubSub(config: Pick<AppConfig, 'redisUrl'>): EventBus {
  if (!config.redisUrl) return new EventBus(new PubSub());
  const health: RedisHealth = { up: {} };
  // Publishing and subscribing need separate connections (a subscribed Redis connection only listens).
  const publisher = watch(new Redis(config.redisUrl, REDIS_OPTIONS), 'publisher', health);
  const subscriber = watch(new Redis(config.redisUrl, REDIS_OPTIONS), 'subscriber', health);
  return new EventBus(new RedisPubSub({ publisher, subscriber, reviver: reviveDates }), { publisher, subscriber });
}

/** Closes the Redis connections on shutdown, so the process can exit. */
@Injectable()
export class PubSubShutdown implements OnApplicationShutdown {
  constructor(@Inject(PUB_SUB) private readonly pubSub: EventBus) {}

  async onApplicationShutdown(): Promise<void> {
    await this.pubSub.close();
  }
}
