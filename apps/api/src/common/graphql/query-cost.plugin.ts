import type { ApolloServerPlugin } from '@apollo/server';
import { AppError } from '../errors/app-error';
import { cachedOperationCost } from './query-cost';

/**
 * Refuses, before anything runs, an operation whose estimated cost is above `maxCost` (see
 * operationCost: pages and lists multiply what they hold). Bounds what one request may ask
 * of the database, whatever the aliases and nesting.
 */
export function queryCostPlugin(maxCost: number): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ request, document, schema }) {
          let cost: number;
          try {
            cost = cachedOperationCost(schema, document, request.operationName ?? undefined, request.variables ?? {});
          } catch {
            // Variables that do not fit the operation: execution reports that, naming the field.
            return Promise.resolve();
          }
          if (cost > maxCost) {
            const refusal = new AppError(
              'BAD_USER_INPUT',
              `This request asks for too much at once (cost ${cost}, limit ${maxCost}): ask for fewer fields or smaller pages.`,
            );
            // Apollo answers an error thrown here with HTTP 500 unless the error names its status.
            (refusal.extensions as Record<string, unknown>).http = { status: 400 };
            return Promise.reject(refusal);
          }
          return Promise.resolve();
        },
      });
    },
  };
}
