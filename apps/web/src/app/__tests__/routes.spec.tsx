import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import { RouterProvider, createMemoryRouter, type RouteObject } from 'react-router';
import { KitDocument, MeDocument } from '../../generated/graphql';
import { aViewer, apiError } from '../../testing/fixtures';
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

function renderAt(path: string, mocks: ReadonlyArray<MockLink.MockedResponse> = []) {
  const me = { request: { query: MeDocument }, result: { data: { me: aViewer('INTERVIEWER') } } };
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <MockedProvider mocks={[me, ...mocks]}>
      <RouterProvider router={router} />
    </MockedProvider>,
  );
  return router;
}

describe('routes', () => {
  const lazyRoutes = flatten(routes).filter(({ route }) => route.lazy);

  it('loads every page but sign-in and not-found on demand', () => {
    const eager = flatten(routes)
      .filter(({ route }) => route.element && !route.children)
      .map(({ path }) => path);
    expect(eager).toEqual(['/login', '*']);
    expect(lazyRoutes).toHaveLength(32);
  });

  it.each(lazyRoutes.map(({ path, route }) => [path, route] as const))('%s resolves to a page', async (_path, route) => {
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
