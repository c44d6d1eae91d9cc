import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContextResponseForOperation } from '@apollo/server';
import { OperationTypeNode, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { CompiledQuery } from 'graphql-jit';
import { graphqlCompiledQueries } from '../../observability/metrics';

/** A document is compiled the second time it runs: one-off documents (a scanner's) never cost a compilation. */
const COMPILE_AFTER_RUNS = 2;
/** Operations remembered, least recently run forgotten first: the web app sends ~60, a flood of made-up ones stays bounded. */
const REMEMBERED_OPERATIONS = 1_000;

type Entry = { runs: number; compiled: CompiledQuery | null | undefined };

/** graphql-jit and its JSON schema compiler load on the first compilation: ~5 MB and ~50 ms a start without queries need not pay. */
let compiler: Promise<typeof import('graphql-jit')> | null = null;

/**
 * Runs repeated queries through graphql-jit: the query's selection compiled once into plain JavaScript,
 * the same resolvers called with the same context, instead of graphql-js walking the document for every
 * field of every row (a 40-question kit is ~1,000 fields). Only a result without errors is answered
 * here; any error, and every mutation and subscription, goes through Apollo's own execution, so errors
 * take one path (formatting, status codes, the denied-access trail) whatever ran first.
 */
export function compiledQueriesPlugin(): ApolloServerPlugin {
  // By the hash of the query text and the operation's name; a Map iterates oldest first.
  const operations = new Map<string, Entry>();

  async function compiledFor(
    schema: GraphQLSchema,
    document: DocumentNode,
    queryHash: string,
    operationName: string | null,
  ): Promise<CompiledQuery | null> {
    const key = `${queryHash}:${operationName ?? ''}`;
    let entry = operations.get(key);
    if (entry) operations.delete(key);
    else entry = { runs: 0, compiled: undefined };
    operations.set(key, entry);
    if (operations.size > REMEMBERED_OPERATIONS) operations.delete(operations.keys().next().value as string);
    if (entry.compiled !== undefined) return entry.compiled;
    if (++entry.runs < COMPILE_AFTER_RUNS) return null;
    try {
      const { compileQuery, isCompiledQuery } = await (compiler ??= import('graphql-jit'));
      const compiled = compileQuery(schema, document, operationName ?? undefined, { useExperimentalPathBasedSkipInclude: true });
      entry.compiled = isCompiledQuery(compiled) ? compiled : null;
    } catch {
      entry.compiled = null; // graphql-js runs what graphql-jit cannot compile
    }
    return entry.compiled;
  }

  return {
    requestDidStart() {
      return Promise.resolve({
        async responseForOperation(requestContext: GraphQLRequestContextResponseForOperation<Record<string, unknown>>) {
          const { operation, document, schema, request, contextValue, queryHash } = requestContext;
          // No operation when the request names one its document lacks: graphql-js reports that.
          if ((operation as typeof operation | undefined)?.operation !== OperationTypeNode.QUERY || !queryHash) return null;
          const compiled = await compiledFor(schema, document, queryHash, requestContext.operationName);
          if (!compiled) return null;
          const result = await compiled.query(undefined, contextValue, request.variables ?? {});
          if (result.errors?.length) {
            graphqlCompiledQueries.inc({ outcome: 'errors' });
            return null;
          }
          graphqlCompiledQueries.inc({ outcome: 'answered' });
          return { http: { headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data: result.data } } };
        },
      });
    },
  };
}
