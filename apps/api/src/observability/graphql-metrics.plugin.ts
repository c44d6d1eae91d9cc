import type { ApolloServerPlugin } from '@apollo/server';
import { graphqlDuration, graphqlRequests } from './metrics';

/** Operation names come from clients: only well-formed ones, and at most this many, become labels. */
const MAX_OPERATION_LABELS = 300;
const known = new Set<string>();

function operationLabel(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  if (known.has(name)) return name;
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name) || known.size >= MAX_OPERATION_LABELS) return 'other';
  known.add(name);
  return name;
}

/** Counts and times every GraphQL operation by name and type, with its outcome (ok or the first error code). */
export function graphqlMetricsPlugin(): ApolloServerPlugin {
  return {
    requestDidStart() {
      const startedAt = process.hrtime.bigint();
      return Promise.resolve({
        willSendResponse({ operationName, operation, errors, response }) {
          const labels = { operation: operationLabel(operation?.name?.value ?? operationName), type: operation?.operation ?? 'unknown' };
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const firstError = body?.errors?.[0] ?? errors?.[0];
          const code = firstError?.extensions?.code;
          graphqlRequests.inc({ ...labels, outcome: firstError ? (typeof code === 'string' ? code : 'ERROR') : 'ok' });
          graphqlDuration.observe(labels, Number(process.hrtime.bigint() - startedAt) / 1e9);
          return Promise.resolve();
        },
      });
    },
  };
}
