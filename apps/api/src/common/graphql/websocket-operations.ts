import {
  GraphQLError,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { QUERY_LIMITS, queryLimitOptions } from './query-limits';

/**
 * The WebSocket carries the web app's subscriptions only. graphql-ws would run queries and mutations
 * too, but outside Apollo: without its plugins (the cost check, the compiled queries) and with
 * graphql-js's rules alone. Refusing them here keeps one way in for everything else: HTTP.
 */
const subscriptionsOnly: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation === OperationTypeNode.SUBSCRIPTION) return;
    context.reportError(
      new GraphQLError('Only subscriptions are served over the WebSocket: send queries and mutations over HTTP.', {
        nodes: node,
        extensions: { code: 'BAD_USER_INPUT' },
      }),
    );
  },
});

/** graphql-ws's parse and validate with the limits every HTTP operation meets (query-limits.ts). */
export function webSocketOperationOptions(production: boolean): {
  parse: (source: string) => DocumentNode;
  validate: (schema: GraphQLSchema, document: DocumentNode) => readonly GraphQLError[];
} {
  const rules = [...specifiedRules, subscriptionsOnly, ...queryLimitOptions(production).validationRules];
  return {
    parse: (source) => parse(source, { maxTokens: QUERY_LIMITS.tokens }),
    validate: (schema, document) => validate(schema, document, rules),
  };
}
