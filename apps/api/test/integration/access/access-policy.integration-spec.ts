import { ModulesContainer, Reflector } from '@nestjs/core';
import { Query, Resolver } from '@nestjs/graphql';
import { PUBLIC_KEY, ROLES_KEY } from '../../../src/common/auth/access.decorators';
import { createOrganization, signedIn } from '../../support/fixtures';
import { errorOf, startTestApp, type TestApp } from '../../support/test-app';

const RESOLVER_TYPE_METADATA = 'graphql:resolver_type';

/** Every Query, Mutation and Subscription of the running app with the access it declares. */
function accessPolicy(t: TestApp): Record<string, string> {
  const reflector = t.app.get(Reflector);
  const policy: Record<string, string> = {};
  for (const module of t.app.get(ModulesContainer).values()) {
    for (const wrapper of module.providers.values()) {
      const instance = wrapper.instance as object | null | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const method of Object.getOwnPropertyNames(prototype)) {
        // Read descriptors, not properties: some providers have getters that throw when touched.
        const handler: unknown = Object.getOwnPropertyDescriptor(prototype, method)?.value;
        if (typeof handler !== 'function') continue;
        const type = Reflect.getMetadata(RESOLVER_TYPE_METADATA, handler) as string | undefined;
        if (type !== 'Query' && type !== 'Mutation' && type !== 'Subscription') continue;
        const targets = [handler, instance.constructor];
        const roles = reflector.getAllAndOverride<string[] | undefined>(ROLES_KEY, targets);
        policy[`${type}.${method}`] = reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)
          ? 'PUBLIC'
          : roles?.length
            ? [...roles].sort().join(', ')
            : 'UNDECLARED';
      }
    }
  }
  return Object.fromEntries(Object.entries(policy).sort(([a], [b]) => a.localeCompare(b)));
}

describe('access policy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('every Query, Mutation and Subscription declares its roles or is explicitly public', () => {
    const policy = accessPolicy(t);
    expect(Object.keys(policy).length).toBeGreaterThan(5);
    expect(Object.entries(policy).filter(([, access]) => access === 'UNDECLARED')).toEqual([]);
  });

  it('matches the reviewed permission list (a change here shows up in review)', () => {
    expect(accessPolicy(t)).toMatchSnapshot();
  });
});

@Resolver()
class ForgotToDeclareResolver {
  @Query(() => String)
  secret(): string {
    return 'leaked';
  }
}

describe('deny by default', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({}, [ForgotToDeclareResolver]);
  });
  afterAll(() => t.close());

  it('the policy scan catches an operation that declares no roles', () => {
    expect(accessPolicy(t)['Query.secret']).toBe('UNDECLARED');
  });

  it('refuses that operation at run time, even to an admin', async () => {
    const org = await createOrganization(t.db, 'deny');
    const admin = await signedIn(t.client(), org.members.ADMIN);
    const result = await admin.request('{ secret }');
    expect(errorOf(result).code).toBe('FORBIDDEN');
    expect(result.data).toBeNull();
  });
});
