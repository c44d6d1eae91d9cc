import type { ApolloServerOptions, BaseContext } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext } from 'graphql';

/**
 * Shape limits on every operation, checked before anything runs (graphql-armor's validation rules
 * and graphql-js's own token limit). The web app's deepest operation is 10 levels with fragments
 * flattened, its largest document well under 1,000 tokens, and it uses no aliases beyond a handful.
 */
export const QUERY_LIMITS = { depth: 12, aliases: 15, directives: 20, tokens: 2_000 } as const;

/** Every limit refusal reads like the cost refusal and reaches the client as BAD_USER_INPUT (HTTP 400). */
function refuse(context: ValidationContext | null, error: GraphQLError): void {
  const detail = error.message.replace(/^Syntax Error: /, '');
  context?.reportError(
    new GraphQLError(`This request asks for too much at once: ${detail.charAt(0).toLowerCase()}${detail.slice(1)}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    }),
  );
}

const reported = { propagateOnRejection: false, onReject: [refuse] };

/** The Apollo options that enforce the limits; `production` also hides field suggestions ("Did you mean …"). */
export function queryLimitOptions(production: boolean): {
  validationRules: NonNullable<ApolloServerOptions<BaseContext>['validationRules']>;
  plugins: NonNullable<ApolloServerOptions<BaseContext>['plugins']>;
  parseOptions: NonNullable<ApolloServerOptions<BaseContext>['parseOptions']>;
} {
  const armor = new ApolloArmor({
    // The cost is counted by queryCostPlugin, which knows page sizes; tokens by graphql-js below.
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: production, mask: '' },
    maxDepth: { n: QUERY_LIMITS.depth, flattenFragments: true, ignoreIntrospection: true, ...reported },
    // Aliased __typename too: cheap, but a scanner's alias flood should meet the same limit.
    maxAliases: { n: QUERY_LIMITS.aliases, allowList: [], ...reported },
    maxDirectives: { n: QUERY_LIMITS.directives, ...reported },
  }).protect();
  return {
    validationRules: armor.validationRules,
    plugins: armor.plugins ?? [],
    // graphql-js stops lexing past the limit and reports a syntax error (HTTP 400).
    parseOptions: { maxTokens: QUERY_LIMITS.tokens },
  };
}
