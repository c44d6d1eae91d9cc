import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { PubSub, type PubSubEngine } from 'graphql-subscriptions';
import Redis from 'ioredis';
import type { AppConfig } from '../../config/app-config';

/**
 * Events for GraphQL subscriptions. One API process keeps them in memory; with REDIS_URL set,
 * events go through Redis so a subscriber on one instance hears a change made on another.
 */
export const PUB_SUB = Symbol('PUB_SUB');

export function createPubSub(config: Pick<AppConfig, 'redisUrl'>): PubSubEngine {
  if (!config.redisUrl) return new PubSub();
  // Publishing and subscribing need separate connections (a subscribed Redis connection only listens).
  return new RedisPubSub({ publisher: new Redis(config.redisUrl), subscriber: new Redis(config.redisUrl) });
}

/** Closes the Redis connections on shutdown, so the process can exit. */
@Injectable()
export class PubSubShutdown implements OnApplicationShutdown {
  constructor(@Inject(PUB_SUB) private readonly pubSub: PubSubEngine) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.pubSub instanceof RedisPubSub) await this.pubSub.close();
  }
}
