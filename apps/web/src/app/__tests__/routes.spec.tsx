import { ApolloClient, InMemoryCache } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { render, screen, waitFor } from '@testing-library/react';
import { RouterProvider, createMemoryRouter, type RouteObject } from 'react-router';
import { BankDocument, BankFacetsDocument, KitDocument, MeDocument } from '../../generated/graphql';
import { aViewer, apiError } from '../../testing/fixtures';
import { provideAppClient } from '../app-client';
import { POSSIBLE_TYPES } from '../possible-types';
import { RouteError } from '../RouteError';
import { routes } from '../routes';

/**
 * jsdom has no fetch `Request`, which react-router's data router builds for every navigation. These
 * routes have no loaders or actions, so the router only reads a GET request's URL and abort signal.
 */
class NavigationRequest {
  readonly url: string;
  readonly method: string;
  readonly signal: AbortSignal | null;
  readonly headers = new Headers();

  constructor(input: string | URL, init: { method?: string; signal?: AbortSignal | null } = {}) {
    this.url = String(input);
    this.method = init.method ?? 'GET';
    this.signal = init.signal ?? null;
  }
}

beforeAll(() => {
  if (typeof globalThis.Request === 'undefined') Object.assign(globalThis, { Request: NavigationRequest });
});

/** Every route with its full path, depth first. */
function flatten(tree: RouteObject[], parent = ''): Array<{ path: string; route: RouteObject }> {
  return tree.flatMap((route) => {
    const path = route.path?.startsWith('/') ? route.path : [parent, route.path].filter(Boolean).join('/');
    return [{ path: path || '/', route }, ...flatten(route.children ?? [], path)];
  });
}

/** The app at `path`; the signed-in app's Apollo client answers from `mocks` (each once) and `Me`. */
function renderAt(path: string, mocks: ReadonlyArray<MockLink.MockedResponse> = [], meDelayMs = 0) {
  const me = { request: { query: MeDocument }, result: { data: { me: aViewer('INTERVIEWER') } }, delay: meDelayMs };
  const link = new MockLink([me, ...mocks]);
  const request = jest.spyOn(link, 'request');
  provideAppClient(new ApolloClient({ link, cache: new InMemoryCache({ possibleTypes: POSSIBLE_TYPES }) }));
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(<RouterProvider router={router} />);
  return { router, operationsSent: () => request.mock.calls.map(([operation]) => operation.operationName) };
}

afterEach(() => provideAppClient(null));

describe('routes', () => {
  const lazyRoutes = flatten(routes).filter(({ route }) => route.lazy);

  it('loads every page but not-found on demand, and the signed-in app (Apollo, guard, shell) with the first of them past sign-in', () => {
    const eager = flatten(routes)
      .filter(({ route }) => route.element && !route.children)
      .map(({ path }) => path);
    expect(eager).toEqual(['*']);
    // 33 pages (sign-in too: the signed-in pages never need its code), the signed-in root, the print frame and the shell frame.
    expect(lazyRoutes).toHaveLength(36);
  });

  it.each(lazyRoutes.map(({ path, route }) => [path, route] as const))('%s resolves to a page or frame', async (_path, route) => {
    const lazy = route.lazy as () => Promise<RouteObject>;
    const loaded = await lazy();
    expect(typeof loaded.Component).toBe('function');
  });

  it('loads a page inside the shell, with a fallback in the outlet while its code downloads', async () => {
    const warn = jest.spyOn(console, 'warn');
    renderAt('/members');

    expect(await screen.findByRole('heading', { name: 'Members' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    // Without a fallback below the guard the router would render nothing until the chunk arrived.
    expect(warn).not.toHaveBeenCalledWith(expect.stringContaining('HydrateFallback'));
    warn.mockRestore();
  });

  it('shows a print view without the navigation', async () => {
    const kit = {
      request: { query: KitDocument, variables: { id: 'kit-1' } },
      result: { errors: [apiError('NOT_FOUND', 'Kit not found.')] },
    };
    renderAt('/kits/kit-1/print', [kit]);

    expect(await screen.findByRole('heading', { name: 'Kit not found' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveClass('print-page');
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
  });
});

describe('the first load of /bank', () => {
  const bank = {
    __typename: 'QuestionConnection' as const,
    totalCount: 0,
    didYouMean: null,
    pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
    edges: [],
  };
  const noFacets = { __typename: 'QuestionFacets' as const, types: [], difficulties: [], competencies: [], tags: [], hasRubric: [] };

  it('asks for the results beside Me, not after it, and only once', async () => {
    const { operationsSent } = renderAt(
      '/bank?q=kafka',
      [
        { request: { query: BankDocument, variables: { search: 'kafka', filter: {}, first: 25 } }, result: { data: { bank } } },
        { request: { query: BankFacetsDocument, variables: { search: 'kafka', filter: {} } }, result: { data: { bankFacets: noFacets } } },
      ],
      300,
    );

    // Sent while Me is still on its way (the page is not rendered yet) ...
    await waitFor(() => expect(operationsSent()).toEqual(['Me', 'Bank', 'BankFacets']));
    expect(screen.queryByRole('heading', { name: 'Question bank' })).not.toBeInTheDocument();
    // ... and the page, once Me has answered, reads their answers instead of asking again.
    expect(await screen.findByRole('heading', { name: 'Question bank' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: '0 questions match “kafka”' })).toBeInTheDocument();
    expect(operationsSent()).toEqual(['Me', 'Bank', 'BankFacets']);
  });
});

describe('first-load queries (route handle.firstLoad, sent by the route-preload script)', () => {
  it('declares for /bank exactly what its page sends on an address without a search', async () => {
    const bankRoute = flatten(routes).find(({ route }) => route.path === 'bank')?.route;
    const { prefetchBankPage } = await import('../../pages/questions/BankPage');
    const query = jest.fn(() => Promise.resolve({ data: null }));
    prefetchBankPage({ query } as unknown as ApolloClient, new URLSearchParams(), {});
    const sent = (
      query.mock.calls as unknown as Array<[{ query: { definitions: Array<{ name?: { value: string } }> }; variables: unknown }]>
    ).map(([options]) => ({ operation: options.query.definitions[0].name?.value, variables: options.variables }));
    expect((bankRoute?.handle as { firstLoad: unknown }).firstLoad).toEqual(sent);
  });
});

describe('RouteError', () => {
  it('offers a reload when a page cannot be downloaded', async () => {
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const router = createMemoryRouter([
      {
        path: '/',
        errorElement: <RouteError />,
        hydrateFallbackElement: <p>Loading…</p>,
        lazy: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
      },
    ]);
    render(<RouterProvider router={router} />);

    expect(await screen.findByRole('alert')).toHaveTextContent('This page could not be opened.');
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
    consoleError.mockRestore();
  });
});
