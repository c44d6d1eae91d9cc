import { getNullableType, isListType, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';

/** The most a request may cost; every web operation stays far below it (proved by query-cost.spec). */
export const MAX_QUERY_COST = 20_000;

/**
 * What an unpaged list is assumed to hold when estimating: the lists the schema returns whole
 * (a kit's sections, a loop's interviews, a panel's ratings) are tens of items, not thousands.
 */
export const ASSUMED_LIST_SIZE = 10;

/** Types that are themselves one page (`QuestionConnection`, `AuditEventPage`): their lists are the page. */
const PAGE_TYPE = /(Connection|Page)$/;

/** A paged field costs its page size times what each item asks for. */
const pagedEstimator: ComplexityEstimator = ({ args, childComplexity }) =>
  typeof args.first === 'number' ? 1 + args.first * childComplexity : undefined;

/**
 * An unpaged list of objects multiplies what each item asks for, so nesting lists in lists
 * (`jobs { loops { job { loops … } } }`) grows the cost geometrically, as it grows the work.
 * Real lists may be longer: the estimate ranks requests, the depth limit bounds the nesting.
 * A list of scalars costs like one field.
 */
const listEstimator: ComplexityEstimator = ({ type: parent, field, childComplexity }) => {
  const type = getNullableType(field.type);
  if (!isListType(type) || childComplexity === 0 || PAGE_TYPE.test(parent.name)) return undefined;
  return 1 + ASSUMED_LIST_SIZE * childComplexity;
};

/**
 * Introspection (`__schema`, `__type`) costs one field: development tools need all of it, and
 * production refuses it before cost is counted.
 */
const introspectionEstimator: ComplexityEstimator = ({ field }) => (field.name.startsWith('__') ? 1 : undefined);

/** Every field costs 1; pages and lists multiply what they hold. Throws on variables that do not fit. */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>) {
  return getComplexity({
    schema,
    query: document,
    operationName,
    variables,
    estimators: [introspectionEstimator, pagedEstimator, listEstimator, simpleEstimator({ defaultComplexity: 1 })],
  });
}

