import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContextResponseForOperation } from '@apollo/server';
import { OperationTypeNode, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { CompiledQuery } from 'graphql-jit';
import { graphqlCompiledQueries } from '../../observability/metrics';

/** A document is compiled the second time it runs: one-off documents (a scanner's) never cost a compilation. */
const COMPILE_AFTER_RUNS = 2;
/** Operations remembered, least recently run forgotten first: the web app sends ~60, a flood of made-up ones stays bounded. */
const REMEMBERED_OPERATIONS = 1_000;

/** A compiled operation that fails this often (and more often than not) goes back to graphql-js for good. */
const FAILURES_BEFORE_GIVING_UP = 3;

type Entry = { runs: number; compiled: CompiledQuery | null | undefined; answered: number; failed: number };

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

  /** The operation's entry, compiled once it has run often enough (null compiled: graphql-js runs it). */
  async function compiledEntry(
    schema: GraphQLSchema,
    document: DocumentNode,
    queryHash: string,
    operationName: string | null,
  ): Promise<Entry> {
    const key = `${queryHash}:${operationName ?? ''}`;
    let entry = operations.get(key);
    if (entry) operations.delete(key);
    else entry = { runs: 0, compiled: undefined, answered: 0, failed: 0 };
    operations.set(key, entry);
    if (operations.size > REMEMBERED_OPERATIONS) operations.delete(operations.keys().next().value as string);
    if (entry.compiled === undefined && ++entry.runs >= COMPILE_AFTER_RUNS) {
      try {
        const { compileQuery, isCompiledQuery } = await (compiler ??= import('graphql-jit'));
        const compiled = compileQuery(schema, document, operationName ?? undefined, { useExperimentalPathBasedSkipInclude: true });
        entry.compiled = isCompiledQuery(compiled) ? compiled : null;
      } catch {
        entry.compiled = null; // graphql-js runs what graphql-jit cannot compile
      }
    }
    return entry;
  }

  /** A failing operation runs twice (compiled, then graphql-js); one that keeps failing stops being compiled. */
  function record(entry: Entry, failed: boolean): void {
    if (!failed) {
      entry.answered++;
      return;
    }
    entry.failed++;
    if (entry.failed >= FAILURES_BEFORE_GIVING_UP && entry.failed > entry.answered) entry.compiled = null;
  }

  return {
    requestDidStart() {
      return Promise.resolve({
        async responseForOperation(requestContext: GraphQLRequestContextResponseForOperation<Record<string, unknown>>) {
          const { operation, document, schema, request, contextValue, queryHash } = requestContext;
          // No operation when the request names one its document lacks: graphql-js reports that.
          if ((operation as typeof operation | undefined)?.operation !== OperationTypeNode.QUERY || !queryHash) return null;
          const entry = await compiledEntry(schema, document, queryHash, requestContext.operationName);
          if (!entry.compiled) return null;
          const result = await entry.compiled.query(undefined, contextValue, request.variables ?? {});
          record(entry, Boolean(result.errors?.length));
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
