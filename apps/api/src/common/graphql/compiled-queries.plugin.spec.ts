import { ApolloServer } from '@apollo/server';
import {
  buildSchema,
  graphql,
  GraphQLError,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  type GraphQLInterfaceType,
  type GraphQLScalarType,
  type GraphQLUnionType,
} from 'graphql';
import { graphqlCompiledQueries } from '../../observability/metrics';
import { compiledQueriesPlugin } from './compiled-queries.plugin';

/** How often each resolver ran, to tell a compiled run from a graphql-js run again. */
const calls = { rows: 0, forbidden: 0, bump: 0 };

const Row = new GraphQLObjectType({
  name: 'Row',
  fields: {
    id: { type: new GraphQLNonNull(GraphQLInt) },
    label: { type: GraphQLString, resolve: (row: { id: number }) => `row ${row.id}` },
  },
});
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      rows: {
        type: new GraphQLList(Row),
        args: { first: { type: new GraphQLNonNull(GraphQLInt) } },
        resolve: (_root, { first }: { first: number }) => {
          calls.rows++;
          return Array.from({ length: first }, (_, id) => ({ id }));
        },
      },
      forbidden: {
        type: GraphQLString,
        resolve: () => {
          calls.forbidden++;
          throw new GraphQLError('Not for you.', { extensions: { code: 'FORBIDDEN' } });
        },
      },
    },
  }),
  mutation: new GraphQLObjectType({
    name: 'Mutation',
    fields: { bump: { type: GraphQLInt, resolve: () => ++calls.bump } },
  }),
});

const answered = async () => (await graphqlCompiledQueries.get()).values.find((value) => value.labels.outcome === 'answered')?.value ?? 0;

describe('compiledQueriesPlugin', () => {
  let server: ApolloServer;
  const run = async (query: string, variables?: Record<string, unknown>) => {
    const response = await server.executeOperation({ query, variables });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return { status: response.http.status, ...response.body.singleResult };
  };
  /** Runs `query` and says whether its compiled form answered. */
  const compiledAnswered = async (query: string, variables?: Record<string, unknown>) => {
    const before = await answered();
    const result = await run(query, variables);
    return { result, compiled: (await answered()) > before };
  };

  beforeEach(async () => {
    server = new ApolloServer({ schema, plugins: [compiledQueriesPlugin()] });
    await server.start();
  });
  afterEach(() => server.stop());

  it('runs a query through graphql-js the first time and compiled from the second, with the same answer', async () => {
    const query = 'query Rows($first: Int!) { rows(first: $first) { id label } }';
    const first = await compiledAnswered(query, { first: 3 });
    const second = await compiledAnswered(query, { first: 3 });
    expect([first.compiled, second.compiled]).toEqual([false, true]);
    expect(second.result).toEqual(first.result);
    expect(second.result.data).toEqual({ rows: [0, 1, 2].map((id) => ({ id, label: `row ${id}` })) });
    // Other variables, the same compiled form.
    expect(await compiledAnswered(query, { first: 1 })).toEqual({
      result: { data: { rows: [{ id: 0, label: 'row 0' }] } },
      compiled: true,
    });
  });

  it('answers an error as graphql-js does: the compiled run with errors is run again by graphql-js', async () => {
    const query = '{ forbidden rows(first: 1) { id } }';
    const byGraphqlJs = await run(query);
    calls.forbidden = 0;
    const again = await compiledAnswered(query);
    expect(again.compiled).toBe(false);
    expect(again.result).toEqual(byGraphqlJs);
    expect(again.result.errors?.[0]).toMatchObject({ message: 'Not for you.', extensions: { code: 'FORBIDDEN' }, path: ['forbidden'] });
    expect(calls.forbidden).toBe(2);
  });

  it('stops compiling an operation that keeps failing, so a failing query does not keep running twice', async () => {
    const query = '{ rows(first: 1) { id } alsoForbidden: forbidden }';
    calls.forbidden = 0;
    for (let i = 0; i < 8; i++) expect((await run(query)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // Once by graphql-js, then 3 × compiled and again by graphql-js, then 4 × graphql-js alone.
    expect(calls.forbidden).toBe(1 + 3 * 2 + 4);
  });

  it('answers bad variables as graphql-js does (HTTP 400 before anything runs)', async () => {
    const query = 'query Rows($first: Int!) { rows(first: $first) { id } }';
    await run(query, { first: 1 });
    await run(query, { first: 1 });
    const rows = calls.rows;
    const refused = await compiledAnswered(query, { first: 'many' });
    expect(refused.compiled).toBe(false);
    expect(refused.result.status).toBe(400);
    expect(refused.result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(calls.rows).toBe(rows);
  });

  it('leaves an operation name the document lacks to graphql-js, every time', async () => {
    const request = { query: 'query Rows { rows(first: 1) { id } }', operationName: 'Nope' };
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await server.executeOperation(request));
    for (const answer of answers) {
      expect(answer.http.status).toBe(400);
      expect(answer.body).toEqual(answers[0].body);
    }
  });

  it('never runs a mutation compiled: it runs once per request', async () => {
    const before = calls.bump;
    for (let i = 0; i < 3; i++) expect((await compiledAnswered('mutation { bump }')).compiled).toBe(false);
    expect(calls.bump).toBe(before + 3);
  });

  it('remembers a bounded number of operations, forgetting the least recently run', async () => {
    const kept = '{ rows(first: 1) { id label } }';
    await run(kept);
    expect((await compiledAnswered(kept)).compiled).toBe(true);
    for (let i = 0; i < 1_000; i++) await run(`{ rows(first: 0) { id } n${i}: __typename }`);
    // Forgotten: counted as a first run again, then compiled again.
    expect((await compiledAnswered(kept)).compiled).toBe(false);
    expect((await compiledAnswered(kept)).compiled).toBe(true);
  });
});

describe('compiledQueriesPlugin: the same answers as graphql-js', () => {
  // What the app's schema uses: interfaces and unions (resolveType), enums, a custom date scalar,
  // lists holding nulls, arguments with defaults, input objects, aliases, fragments, @skip/@include.
  const rich = buildSchema(`
    scalar DateTime
    enum Kind { TECHNICAL BEHAVIORAL }
    interface Node { id: ID! }
    type Question implements Node { id: ID! prompt: String! kind: Kind! askedAt: DateTime tags: [String] }
    type Kit implements Node { id: ID! title: String! questions(first: Int = 2): [Question!]! }
    union Found = Question | Kit
    input Filter { kinds: [Kind!] text: String }
    type Query { node(id: ID!): Node found(filter: Filter): [Found!]! now: DateTime! }
  `);
  const dateTime = rich.getType('DateTime') as GraphQLScalarType;
  dateTime.serialize = (value) => (value as Date).toISOString();
  const questions = [
    {
      __typename: 'Question',
      id: 'q1',
      prompt: 'Race?',
      kind: 'TECHNICAL',
      askedAt: new Date('2026-12-01T10:00:00Z'),
      tags: ['Java', null],
    },
    { __typename: 'Question', id: 'q2', prompt: 'Ship a bug?', kind: 'BEHAVIORAL', askedAt: null, tags: null },
    { __typename: 'Question', id: 'q3', prompt: 'Rate limits?', kind: 'TECHNICAL', askedAt: new Date('2026-12-02T10:00:00Z'), tags: [] },
  ];
  const kit = { __typename: 'Kit', id: 'k1', title: 'Backend' };
  const byId = new Map<string, object>([...questions.map((q) => [q.id, q] as const), ['k1', kit]]);
  for (const type of ['Node', 'Found']) {
    (rich.getType(type) as GraphQLInterfaceType | GraphQLUnionType).resolveType = (value: { __typename: string }) => value.__typename;
  }
  const query = rich.getQueryType()!.getFields();
  query.node.resolve = (_root, { id }: { id: string }) => byId.get(id) ?? null;
  query.found.resolve = (_root, { filter }: { filter?: { kinds?: string[]; text?: string } }) => [
    ...questions.filter((q) => (!filter?.kinds || filter.kinds.includes(q.kind)) && (!filter?.text || q.prompt.includes(filter.text))),
    kit,
  ];
  query.now.resolve = () => new Date('2026-12-06T12:00:00Z');
  (rich.getType('Kit') as GraphQLObjectType).getFields().questions.resolve = (_kit, { first }: { first: number }) =>
    questions.slice(0, first);

  const documents: Array<[string, Record<string, unknown>?]> = [
    ['{ now node(id: "q1") { id ... on Question { prompt kind askedAt tags } } }'],
    ['{ node(id: "k1") { __typename ... on Kit { title questions { id } more: questions(first: 3) { id askedAt } } } }'],
    ['{ node(id: "nope") { id } }'],
    [
      'query F($filter: Filter, $withTags: Boolean!, $noKit: Boolean!) { found(filter: $filter) { __typename ...Q ... on Kit @skip(if: $noKit) { title } } } fragment Q on Question { id kind tags @include(if: $withTags) }',
      { filter: { kinds: ['TECHNICAL'] }, withTags: true, noKit: false },
    ],
    [
      'query F($filter: Filter, $withTags: Boolean!, $noKit: Boolean!) { found(filter: $filter) { __typename ...Q ... on Kit @skip(if: $noKit) { title } } } fragment Q on Question { id kind tags @include(if: $withTags) }',
      { filter: { text: 'bug' }, withTags: false, noKit: true },
    ],
    ['{ a: found { ... on Node { id } } b: found(filter: { kinds: [BEHAVIORAL] }) { ... on Question { prompt } } }'],
  ];

  let server: ApolloServer;
  beforeAll(async () => {
    server = new ApolloServer({ schema: rich, plugins: [compiledQueriesPlugin()] });
    await server.start();
  });
  afterAll(() => server.stop());

  it.each(documents.map(([document, variables], index) => [index, document, variables]))(
    'document %i',
    async (_index, document, variables) => {
      const byGraphqlJs = await graphql({ schema: rich, source: document, variableValues: variables });
      const before = await answered();
      for (let run = 0; run < 2; run++) {
        const response = await server.executeOperation({ query: document, variables });
        if (response.body.kind !== 'single') throw new Error('expected a single result');
        expect(JSON.parse(JSON.stringify(response.body.singleResult))).toEqual(JSON.parse(JSON.stringify(byGraphqlJs)));
      }
      // The second run at least (a document repeated with other variables runs compiled both times).
      expect(await answered()).toBeGreaterThan(before);
    },
  );
});
