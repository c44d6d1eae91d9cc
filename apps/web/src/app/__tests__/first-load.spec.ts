import { ApolloLink } from '@apollo/client';
import { print } from '@apollo/client/utilities';
import { parse } from 'graphql';
import { firstValueFrom, of } from 'rxjs';
import { BankDocument, MeDocument } from '../../generated/graphql';
import { createApolloClient } from '../apollo-client';
import { compactQuery, FIRST_LOAD_MAX_AGE_MS, firstLoadKey, firstLoadLink, type FirstLoadRequest } from '../first-load';

const ME = { __typename: 'Viewer', user: null } as const;
const fromServer = { data: { me: { source: 'server' } } };
const early = { data: { me: { source: 'first load' } } };

/** A window with the given first-load requests, at `now` ms. */
function windowWith(requests: Record<string, FirstLoadRequest>, now = 1_000) {
  return { panelistFirstLoad: requests, performance: { now: () => now } } as unknown as Window;
}

function request(query: string, answer: FirstLoadRequest['answer'], sentAt = 900): FirstLoadRequest {
  return { query, sentAt, answer };
}

const client = createApolloClient({ onSessionEnded: () => undefined });
/** `Me` as the client sends it (its cache adds __typename) and as the build writes it into the table. */
const meText = compactQuery(print(client.cache.transformDocument(MeDocument)));

/** Runs `Me` through the first-load link in front of a server answering `fromServer`. */
function run(win: Window, variables: Record<string, unknown> = {}) {
  const server = jest.fn(() => of(fromServer));
  const link = ApolloLink.from([firstLoadLink(win), new ApolloLink(server)]);
  const operation = { query: parse(meText), variables, operationName: 'Me' };
  return { server, result: firstValueFrom(ApolloLink.execute(link, operation, { client })) };
}

describe('firstLoadLink', () => {
  it('answers a query from its first-load request once, then asks the server', async () => {
    const win = windowWith({ [firstLoadKey('Me', {})]: request(meText, Promise.resolve({ status: 200, body: early })) });
    const first = run(win);
    await expect(first.result).resolves.toEqual(early);
    expect(first.server).not.toHaveBeenCalled();
    const second = run(win);
    await expect(second.result).resolves.toEqual(fromServer);
  });

  it('asks the server when the request is for another document, too old, failed, or answered with an error status', async () => {
    const cases: FirstLoadRequest[] = [
      request('query Me { me { somethingElse } }', Promise.resolve({ status: 200, body: early })),
      request(meText, Promise.resolve({ status: 200, body: early }), 1_000 - FIRST_LOAD_MAX_AGE_MS - 1),
      request(meText, Promise.resolve(null)),
      request(meText, Promise.resolve({ status: 503, body: { errors: [{ message: 'down' }] } })),
      request(meText, Promise.resolve({ status: 200, body: 'not GraphQL' })),
    ];
    for (const stale of cases) {
      const { server, result } = run(windowWith({ [firstLoadKey('Me', {})]: stale }));
      await expect(result).resolves.toEqual(fromServer);
      expect(server).toHaveBeenCalledTimes(1);
    }
  });

  it('matches variables whatever the order of their keys, and only the same values', async () => {
    expect(firstLoadKey('Bank', { search: null, filter: {}, first: 25 })).toBe(
      firstLoadKey('Bank', { first: 25, filter: {}, search: null }),
    );
    expect(firstLoadKey('Bank', { first: 25 })).not.toBe(firstLoadKey('Bank', { first: 50 }));
    const win = windowWith({ [firstLoadKey('Me', { a: 1 })]: request(meText, Promise.resolve({ status: 200, body: early })) });
    await expect(run(win, { a: 2 }).result).resolves.toEqual(fromServer);
  });

  it('is what the app’s client uses: a page’s query is answered by the first load without a request', async () => {
    const transport = jest.fn(() => of({ data: { me: ME } }));
    window.panelistFirstLoad = {
      [firstLoadKey('Bank', { first: 25 })]: request(
        compactQuery(print(client.cache.transformDocument(BankDocument))),
        Promise.resolve({ status: 200, body: { data: { bank: null } } }),
        performance.now(),
      ),
    };
    try {
      const app = createApolloClient({ onSessionEnded: () => undefined, terminatingLink: new ApolloLink(transport) });
      await expect(app.query({ query: BankDocument, variables: { first: 25 } })).resolves.toMatchObject({ data: { bank: null } });
      expect(transport).not.toHaveBeenCalled();
    } finally {
      delete window.panelistFirstLoad;
    }
  });

  it('forgets answers not taken yet when the store is cleared or reset (signing in or out, changing organization)', async () => {
    for (const change of ['clearStore', 'resetStore'] as const) {
      window.panelistFirstLoad = {
        [firstLoadKey('Me', {})]: request(meText, Promise.resolve({ status: 200, body: early }), performance.now()),
      };
      const app = createApolloClient({ onSessionEnded: () => undefined, terminatingLink: new ApolloLink(() => of(fromServer)) });
      await app[change]();
      expect(window.panelistFirstLoad).toBeUndefined();
    }
  });
});
