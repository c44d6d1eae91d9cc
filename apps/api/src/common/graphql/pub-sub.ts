import { PubSub } from 'graphql-subscriptions';

/**
 * Events for GraphQL subscriptions. In-process: Panelist runs as one API process; several
 * processes behind a load balancer would swap this for graphql-redis-subscriptions.
 */
export const PUB_SUB = Symbol('PUB_SUB');

export function createPubSub(): PubSub {
  return new PubSub();
}
