import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNullableType,
  getIntrospectionQuery,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  typeFromAST,
  type DefinitionNode,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLObjectType,
  type OperationDefinitionNode,
} from 'graphql';
import { cachedOperationCost, ASSUMED_LIST_SIZE, ASSUMED_SHORT_LIST_SIZE, MAX_QUERY_COST, operationCost, SHORT_LISTS } from './query-cost';

const ROOT = join(__dirname, '../../../../..');
const schema = buildSchema(readFileSync(join(ROOT, 'apps/api/schema.gql'), 'utf8'));

function graphqlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : graphqlFiles(path);
    return entry.name.endsWith('.graphql') ? [path] : [];
  });
}

/** Every operation the web app sends, with all fragments so each one resolves. */
const definitions: DefinitionNode[] = graphqlFiles(join(ROOT, 'apps/web/src')).flatMap(
  (file) => parse(readFileSync(file, 'utf8')).definitions,
);
const operations = definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
const fragments = definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);

const SCALAR_SAMPLES: Record<string, unknown> = { Int: 1, Float: 1, Boolean: true, DateTime: '2026-01-01T00:00:00Z' };

/** A value that fits a required input type; only page sizes change the cost. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((field) => isNonNullType(field.type) && field.defaultValue === undefined);
    return Object.fromEntries(fields.map((field) => [field.name, sample(field.type)]));
  }
  return SCALAR_SAMPLES[type.name] ?? 'x';
}

/** Variables that fit, with the largest page each operation may ask for (the API caps `first` at 100). */
function largestVariables(operation: OperationDefinitionNode): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType;
    if (name === 'first') variables.first = 100;
    else if (isNonNullType(type)) variables[name] = sample(type);
  }
  return variables;
}

function cost(query: string) {
  return operationCost(schema, parse(query), undefined, {});
}

describe('query cost', () => {
  it('finds the web operations', () => {
    expect(operations.length).toBeGreaterThan(50);
  });

  it.each(operations.map((operation) => [operation.name?.value ?? '(anonymous)', operation] as const))(
    'keeps the web operation %s under the limit, at the largest page it may ask for',
    (name, operation) => {
      const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] };
      const estimate = operationCost(schema, document, name, largestVariables(operation));
      expect(estimate).toBeLessThan(MAX_QUERY_COST / 2);
    },
  );

  it('multiplies lists fetched without a page size, so nested lists cannot fan out unnoticed', () => {
    const flat = cost('{ jobs { id } }');
    const nested = cost('{ jobs { loops { job { loops { id } } } } }');
    expect(flat).toBeLessThan(100);
    expect(nested).toBeGreaterThan(100 * flat);
    expect(cost('{ jobs { loops { job { loops { job { loops { job { loops { id } } } } } } } } }')).toBeGreaterThan(MAX_QUERY_COST);
  });

  it('counts a list of objects as its assumed size times each item, a list of scalars as one field', () => {
    expect(cost('{ jobs { id } }')).toBe(1 + ASSUMED_LIST_SIZE * 1);
    expect(cost('{ bank(first: 1) { edges { node { category competencies } } } }')).toBe(1 + 1 * (1 + 1 + 1 + 1));
  });

  it('counts lists the product bounds as short ones', () => {
    expect(cost('{ kits { sections { title } } }')).toBe(1 + ASSUMED_LIST_SIZE * (1 + ASSUMED_SHORT_LIST_SIZE * 1));
  });

  it.each([...SHORT_LISTS])('names a list of the schema: %s', (name) => {
    const [type, field] = name.split('.');
    const fields = (schema.getType(type) as GraphQLObjectType | undefined)?.getFields() ?? {};
    expect(isListType(getNullableType(fields[field]?.type))).toBe(true);
  });

  it('counts introspection as one field, so development tools work', () => {
    expect(cost(getIntrospectionQuery())).toBe(1);
  });

  it("multiplies a page by its size, and counts the page's own list once", () => {
    expect(cost('{ bank(first: 10) { edges { node { id } } } }')).toBe(1 + 10 * (1 + 1 + 1));
    expect(cost('{ bank(first: 100) { edges { node { id } } } }')).toBe(1 + 100 * (1 + 1 + 1));
    // Pages over the largest any field serves are refused by that field, naming `first`.
    expect(cost('{ bank(first: 100000) { edges { node { id } } } }')).toBe(1 + 200 * (1 + 1 + 1));
  });

  it("caches a document's cost per page size, not per other variables", () => {
    const document = parse('query ($first: Int!, $search: String) { bank(first: $first, search: $search) { edges { node { id } } } }');
    expect(cachedOperationCost(schema, document, undefined, { first: 10, search: 'a' })).toBe(1 + 10 * 3);
    expect(cachedOperationCost(schema, document, undefined, { first: 10, search: 'b' })).toBe(1 + 10 * 3);
    expect(cachedOperationCost(schema, document, undefined, { first: 20, search: 'a' })).toBe(1 + 20 * 3);
  });
});
