import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { createOrganization, PASSWORD, signedIn, type TestOrganization } from '../../support/fixtures';
import { importSeedBank, scheduleLoop, type Loop } from '../../support/interviews';
import { startTestApp, type GraphQLTestClient, type TestApp } from '../../support/test-app';

/**
 * Every mutation of the schema gets arbitrary variables of the right GraphQL types — strings with
 * control characters, huge and negative numbers, odd dates, empty lists, random and real ids — and
 * must never answer INTERNAL_SERVER_ERROR or HTTP 500.
 */
const RUNS_PER_MUTATION = 20;
/** Operations that hash or verify a password (argon2, ~0.5 s each on this machine) get fewer runs. */
const RUNS_PER_PASSWORD_MUTATION = 6;
const PASSWORD_MUTATIONS = /^(login|changePassword|acceptInvitation|resetPassword)$/;
const SEED = Number(process.env.FUZZ_SEED ?? 20261205);

// The names come from the committed schema (kept equal to the app's by the platform test), so each
// mutation is its own test; the types come from introspecting the running app.
const MUTATIONS = Object.keys(
  buildSchema(readFileSync(join(__dirname, '..', '..', '..', 'schema.gql'), 'utf8'))
    .getMutationType()
    ?.getFields() ?? {},
).sort();

const nasty = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u001b[31m',
  'line\nbreak',
  '\t',
  '\u2028',
  '\ud800',
  '💥'.repeat(3),
  "'; DROP TABLE users; --",
  '%s%n',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  'null',
  'undefined',
  'NaN',
  '{}',
  '[]',
  'x'.repeat(70_000),
);
const oddDates = fc.constantFrom(
  '-200000-01-01T00:00:00Z',
  '+275000-01-01T00:00:00Z',
  '1970-01-01T00:00:00Z',
  '0000-00-00',
  '2026-02-30T10:00:00Z',
  'yesterday',
  '',
  '2026-12-05T10:00:00',
  '9999-12-31T23:59:59.999Z',
  '2026-13-01T00:00:00Z',
);
const numbers = fc.oneof(
  { arbitrary: fc.integer({ min: -3, max: 130 }), weight: 6 },
  { arbitrary: fc.constantFrom(0, -1, 2_147_483_647, -2_147_483_648, 2 ** 53, -(2 ** 53)), weight: 2 },
  { arbitrary: fc.integer(), weight: 1 },
  { arbitrary: fc.double({ noNaN: true }), weight: 1 },
);
/** Mostly well-formed values, so that most runs get past GraphQL's own checks with one odd value in them. */
const plainText = fc.oneof(fc.string({ minLength: 1, maxLength: 30 }), fc.lorem({ maxCount: 3 }));

interface World {
  org: TestOrganization;
  admin: GraphQLTestClient;
  /** Every id the world holds, and the ids by the argument or field names that take them. */
  ids: string[];
  idsByName: Record<string, string[]>;
}

/** A plausible value for a field, by its name, so that most runs reach the resolver with one odd value among good ones. */
function plausibleString(name: string): fc.Arbitrary<string> {
  if (/email/i.test(name)) return fc.emailAddress();
  if (/links?$|url$/i.test(name)) return fc.webUrl();
  if (/password/i.test(name)) return fc.constant('correct horse battery staple 9');
  if (/slug/i.test(name)) return fc.stringMatching(/^[a-z][a-z0-9-]{2,20}$/);
  return plainText;
}

describe('fuzzing every mutation', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  let world: World | null = null;

  /** An organization with a scheduled loop, its admin signed in, and the ids it holds. */
  async function freshWorld(): Promise<World> {
    const org = await createOrganization(t.db, 'fuzz');
    const questionIds = await importSeedBank(t, org.id);
    const manager = await signedIn(t.client(), org.members.HIRING_MANAGER);
    const loop: Loop = await scheduleLoop(
      { kitEditor: manager, scheduler: manager },
      org,
      questionIds,
      [org.members.INTERVIEWER, org.members.ADMIN],
      `fuzz-${org.slug}@example.com`,
    );
    const admin = await signedIn(t.client(), org.members.ADMIN);
    const members = Object.values(org.members).flatMap((member) => [member.userId, member.membershipId]);
    const ids = [
      org.id,
      ...members,
      ...questionIds.slice(0, 5),
      loop.kitId,
      loop.jobId,
      loop.candidateId,
      loop.loopId,
      loop.interviewId,
      ...Object.values(loop.scorecardOf),
    ];
    const rounds = (await t.db.query<Array<{ id: string }>>(`SELECT id FROM job_rounds WHERE job_id = $1`, [loop.jobId])).map(
      (row) => row.id,
    );
    const userIds = Object.values(org.members).map((member) => member.userId);
    const idsByName: Record<string, string[]> = {
      jobId: [loop.jobId],
      loopId: [loop.loopId],
      kitId: [loop.kitId],
      candidateId: [loop.candidateId],
      interviewId: [loop.interviewId],
      scorecardId: Object.values(loop.scorecardOf),
      questionId: questionIds.slice(0, 5),
      memberId: Object.values(org.members).map((member) => member.membershipId),
      organizationId: [org.id],
      roundId: rounds,
      userId: userIds,
      interviewerIds: userIds,
      hiringManagerId: userIds,
      actorId: userIds,
    };
    return { org, admin, ids, idsByName };
  }

  /** The world, its admin signed in again when a mutation ended the session, or a new one when that fails. */
  async function currentWorld(): Promise<World> {
    if (world && !(await world.admin.request('{ me { role } }')).errors) return world;
    const admin = world && t.client();
    if (world && admin && !(await admin.login(world.org.members.ADMIN.email, PASSWORD)).errors) {
      world = { ...world, admin };
      return world;
    }
    world = await freshWorld();
    return world;
  }

  function arbitraryOf(
    type: GraphQLInputType,
    ids: string[],
    depth = 0,
    name = '',
    idsByName: Record<string, string[]> = {},
  ): fc.Arbitrary<unknown> {
    const nullable = !isNonNullType(type);
    const inner = isNonNullType(type) ? type.ofType : type;
    const known = idsByName[name] ?? idsByName[name.replace(/s$/, '')] ?? (name === 'id' ? ids : undefined);
    const value = ((): fc.Arbitrary<unknown> => {
      const type = inner;
      if (isListType(type)) return fc.array(arbitraryOf(type.ofType, ids, depth + 1, name, idsByName), { maxLength: depth > 2 ? 1 : 4 });
      if (isEnumType(type))
        return fc.oneof(
          { arbitrary: fc.constantFrom(...type.getValues().map((v) => v.name)), weight: 12 },
          { arbitrary: fc.constant('NOT_A_VALUE'), weight: 1 },
        );
      if (isInputObjectType(type)) {
        if (depth > 4) return fc.constant({});
        const fields = Object.values(type.getFields());
        const record = Object.fromEntries(
          fields.map((field) => [field.name, arbitraryOf(field.type, ids, depth + 1, field.name, idsByName)]),
        );
        const requiredKeys = fields
          .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
          .map((field) => field.name);
        return fc.record(record, { requiredKeys });
      }
      if (isScalarType(type)) {
        switch (type.name) {
          case 'ID':
            return fc.oneof(
              { arbitrary: fc.constantFrom(...(known?.length ? known : ids)), weight: 12 },
              { arbitrary: fc.constantFrom(...ids), weight: 2 },
              { arbitrary: fc.uuid(), weight: 1 },
              { arbitrary: fc.oneof(fc.string(), nasty), weight: 1 },
            );
          case 'Int':
          case 'Float':
            return numbers;
          case 'Boolean':
            return fc.boolean();
          case 'DateTime':
            return fc.oneof(
              {
                arbitrary: fc.integer({ min: -90, max: 90 }).map((days) => new Date(Date.now() + days * 86_400_000).toISOString()),
                weight: 5,
              },
              { arbitrary: oddDates, weight: 2 },
              { arbitrary: fc.date({ noInvalidDate: true }).map((date) => date.toISOString()), weight: 1 },
            );
          default:
            return fc.oneof(
              { arbitrary: known?.length ? fc.constantFrom(...known) : plausibleString(name), weight: 10 },
              { arbitrary: nasty, weight: 2 },
              { arbitrary: fc.string({ unit: 'binary', maxLength: 20 }), weight: 1 },
              { arbitrary: fc.constantFrom(...ids), weight: 1 },
            );
        }
      }
      return fc.constant(null);
    })();
    // Nullable: sometimes null, sometimes left out by the record.
    return nullable ? fc.option(value, { nil: null, freq: 6 }) : value;
  }

  function operationOf(field: GraphQLField<unknown, unknown>): string {
    const variables = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
    const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
    const returns = getNamedType(field.type);
    const selection = isScalarType(returns) || isEnumType(returns) ? '' : ' { __typename }';
    return `mutation ${variables ? `(${variables})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
  }

  beforeAll(async () => {
    t = await startTestApp();
    const response = await t
      .client()
      .agent.post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: getIntrospectionQuery() });
    schema = buildClientSchema((response.body as { data: IntrospectionQuery }).data);
  });
  afterAll(() => t.close());

  it('introspects the same mutations as the committed schema', () => {
    expect(Object.keys(schema.getMutationType()?.getFields() ?? {}).sort()).toEqual(MUTATIONS);
  });

  it.each(MUTATIONS)('%s never answers 500 or INTERNAL_SERVER_ERROR', async (name) => {
    const field = schema.getMutationType()?.getFields()[name];
    if (!field) throw new Error(`${name} is not in the running schema`);
    const { admin, ids, idsByName } = await currentWorld();
    const query = operationOf(field);
    const variables = fc.record(
      Object.fromEntries(field.args.map((arg) => [arg.name, arbitraryOf(arg.type, ids, 0, arg.name, idsByName)])),
      {
        requiredKeys: field.args.filter((arg) => isNonNullType(arg.type)).map((arg) => arg.name),
      },
    );
    await fc.assert(
      fc.asyncProperty(variables, async (values) => {
        const response = await admin.agent.post('/graphql').set('content-type', 'application/json').send({ query, variables: values });
        const body = JSON.stringify(response.body);
        if (response.status >= 500 || body.includes('INTERNAL_SERVER_ERROR')) {
          throw new Error(`${name} answered ${response.status} ${body.slice(0, 400)} for ${JSON.stringify(values).slice(0, 400)}`);
        }
      }),
      { numRuns: PASSWORD_MUTATIONS.test(name) ? RUNS_PER_PASSWORD_MUTATION : RUNS_PER_MUTATION, seed: SEED, endOnFailure: true },
    );
  });
});
