import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { ThrottlerStorageService, type ThrottlerStorage } from '@nestjs/throttler';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import Redis from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';

type ThrottlerRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

const FAILURES_PREFIX = 'panelist:sign-in-failures:';

/**
 * Where rate limits count: in Redis when REDIS_URL is set, so every API instance counts the same
 * attempts; in memory otherwise. Holds the per-address counters of @nestjs/throttler and the
 * per-account count of failed sign-ins. A Redis that does not answer within a second makes the
 * counters fall back to this instance's memory (logged) rather than refusing every sign-in.
 */
@Injectable()
export class ThrottleStore implements ThrottlerStorage, OnApplicationShutdown {
  private readonly logger = new Logger('Throttling');
  private readonly redis: Redis | null;
  private readonly redisStorage: ThrottlerStorageRedisService | null;
  private readonly memoryStorage = new ThrottlerStorageService();
  private readonly memoryFailures = new Map<string, { count: number; expiresAt: number }>();
  private redisDown = false;

  constructor(@Inject(APP_CONFIG) config: Pick<AppConfig, 'redisUrl'>) {
    this.redis = config.redisUrl
      ? new Redis(config.redisUrl, { maxRetriesPerRequest: 1, commandTimeout: 1000, connectTimeout: 2000, lazyConnect: false })
      : null;
    this.redis?.on('error', () => undefined); // reported per command below; an unhandled 'error' event would end the process
    this.redisStorage = this.redis ? new ThrottlerStorageRedisService(this.redis) : null;
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerRecord> {
    return this.withRedis(
      (storage) => storage.increment(key, ttl, limit, blockDuration, throttlerName),
      () => this.memoryStorage.increment(key, ttl, limit, blockDuration, throttlerName),
    );
  }

  /** Failed sign-ins counted under `key` within the current window. */
  async failures(key: string): Promise<number> {
    return this.withRedis(
      async () => Number((await this.redis?.get(FAILURES_PREFIX + key)) ?? 0),
      () => {
        const entry = this.memoryFailures.get(key);
        return Promise.resolve(entry && entry.expiresAt > Date.now() ? entry.count : 0);
      },
    );
  }

  /** Counts one failure; the window starts with the first failure and lasts `windowMs`. */
  async recordFailure(key: string, windowMs: number): Promise<void> {
    await this.withRedis(
      async () => {
        const redisKey = FAILURES_PREFIX + key;
        await this.redis?.multi().incr(redisKey).pexpire(redisKey, windowMs, 'NX').exec();
      },
      () => {
        const now = Date.now();
        // Many emails tried once each must not grow the map without end.
        if (this.memoryFailures.size > 10_000)
          for (const [k, e] of this.memoryFailures) if (e.expiresAt <= now) this.memoryFailures.delete(k);
        const entry = this.memoryFailures.get(key);
        if (entry && entry.expiresAt > now) entry.count += 1;
        else this.memoryFailures.set(key, { count: 1, expiresAt: now + windowMs });
        return Promise.resolve();
      },
    );
  }

  /** A successful sign-in clears the account's failures. */
  async clearFailures(key: string): Promise<void> {
    await this.withRedis(
      async () => {
        await this.redis?.del(FAILURES_PREFIX + key);
      },
      () => {
        this.memoryFailures.delete(key);
        return Promise.resolve();
      },
    );
  }

  async onApplicationShutdown(): Promise<void> {
    this.memoryStorage.onApplicationShutdown();
    if (this.redis && this.redis.status !== 'end') await this.redis.quit().catch(() => this.redis?.disconnect());
  }

  private async withRedis<T>(remote: (storage: ThrottlerStorageRedisService) => Promise<T>, local: () => Promise<T>): Promise<T> {
    if (!this.redisStorage) return local();
    try {
      const result = await remote(this.redisStorage);
      if (this.redisDown) this.logger.log('Redis answers again: rate limits count across instances again.');
      this.redisDown = false;
      return result;
    } catch (error) {
      if (!this.redisDown)
        this.logger.warn(`Redis did not answer (${String(error)}): rate limits count on this instance only until it does.`);
      this.redisDown = true;
      return local();
    }
  }
}
