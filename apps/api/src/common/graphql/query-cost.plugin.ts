import type { ApolloServerPlugin } from '@apollo/server';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { AppError } from '../errors/app-error';

/** A paged field costs its page size times what each item asks for. */
const pagedEstimator: ComplexityEstimator = ({ args, childComplexity }) =>
  typeof args.first === 'number' ? 1 + args.first * childComplexity : undefined;

/**
 * Refuses, before anything runs, an operation whose estimated cost is above `maxCost`: every field
 * costs 1 and a page of `first` items multiplies what is inside it. Bounds what one request may ask
 * of the database, whatever the aliases and nesting.
 */
export function queryCostPlugin(maxCost: number): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ request, document, schema }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              operationName: request.operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [fieldExtensionsEstimator(), pagedEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch {
            // Variables that do not fit the operation: execution reports that, naming the field.
            return Promise.resolve();
          }
          if (cost > maxCost) {
            const refusal = new AppError('BAD_USER_INPUT', `This request asks for too much at once (cost ${cost}, limit ${maxCost}): ask for fewer fields or smaller pages.`);
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
