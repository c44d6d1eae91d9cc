import { installRoutePreload, type RoutePreloadTable } from '../route-preload';

/** A table like the build's: the signed-in app everywhere but /login, and a few pages. */
const TABLE: RoutePreloadTable = {
  files: [
    'signed-in-A.css',
    'signed-in-B',
    'vendor-apollo-C',
    'LoginPage-D',
    'BankPage-E',
    'QuestionPage-F',
    'QuestionEditPage-G',
    'text-H',
    'HomePage-I',
  ],
  routes: [
    ['/login', [3]],
    ['/', [8]],
    ['/bank', [4, 7]],
    ['/bank/questions/new', [6]],
    ['/bank/questions/:id', [5, 7]],
    ['/bank/questions/:id/edit', [6]],
    ['/*', []],
  ],
  everywhere: [0, 1, 2],
  except: ['/login'],
};

function linksIn(document: Document): string[] {
  return Array.from(document.head.querySelectorAll('link'), (link) => `${link.rel} ${new URL(link.href).pathname}`);
}

function install(pathname: string): Window {
  document.head.innerHTML = '';
  window.history.replaceState(null, '', pathname);
  installRoutePreload(TABLE, window);
  return window;
}

afterEach(() => {
  document.head.innerHTML = '';
  delete window.panelistPreloadRoute;
});

describe('installRoutePreload', () => {
  it("asks for a page's chunks and the signed-in app's, in the table's order, scripts as module preloads and sheets as stylesheets", () => {
    install('/bank');
    // In the table's order: the signed-in app's files come first there.
    expect(linksIn(document)).toEqual([
      'stylesheet /assets/signed-in-A.css',
      'modulepreload /assets/signed-in-B.js',
      'modulepreload /assets/vendor-apollo-C.js',
      'modulepreload /assets/BankPage-E.js',
      'modulepreload /assets/text-H.js',
    ]);
    // As the bundler's own links are, so the browser fetches each file once.
    expect(Array.from(document.head.querySelectorAll('link'), (link) => link.getAttribute('crossorigin'))).toEqual(Array(5).fill(''));
  });

  it('loads only the sign-in page on /login: it runs without the signed-in app', () => {
    install('/login');
    expect(linksIn(document)).toEqual(['modulepreload /assets/LoginPage-D.js']);
  });

  it('prefers a static segment to a parameter, as the router does, and matches the home page and a trailing slash', () => {
    install('/bank/questions/new');
    expect(linksIn(document)).toContain('modulepreload /assets/QuestionEditPage-G.js');
    expect(linksIn(document)).not.toContain('modulepreload /assets/QuestionPage-F.js');

    install('/bank/questions/42');
    expect(linksIn(document)).toContain('modulepreload /assets/QuestionPage-F.js');

    install('/');
    expect(linksIn(document)).toContain('modulepreload /assets/HomePage-I.js');

    install('/bank/');
    expect(linksIn(document)).toContain('modulepreload /assets/BankPage-E.js');
  });

  it('asks only for the signed-in app on an address no page has (the not-found page is in the first chunk)', () => {
    install('/no/such/page');
    expect(linksIn(document)).toEqual([
      'stylesheet /assets/signed-in-A.css',
      'modulepreload /assets/signed-in-B.js',
      'modulepreload /assets/vendor-apollo-C.js',
    ]);
  });

  it('leaves a function for navigations that asks only for what is not there yet', () => {
    install('/bank');
    window.panelistPreloadRoute?.('/bank/questions/7');
    expect(linksIn(document).slice(5)).toEqual(['modulepreload /assets/QuestionPage-F.js']);
    window.panelistPreloadRoute?.('/bank/questions/8');
    expect(linksIn(document)).toHaveLength(6);
  });

  it('does not add a link the bundler already added for the same file', () => {
    document.head.innerHTML = '<link rel="stylesheet" href="/assets/signed-in-A.css">';
    window.history.replaceState(null, '', '/');
    installRoutePreload(TABLE, window);
    expect(linksIn(document).filter((link) => link.endsWith('signed-in-A.css'))).toEqual(['stylesheet /assets/signed-in-A.css']);
  });
});

describe('installRoutePreload: the first load’s queries', () => {
  const WITH_QUERIES: RoutePreloadTable = {
    ...TABLE,
    routes: [
      ['/login', [3]],
      ['/', [8], [0]],
      ['/bank', [4, 7], [0, 1]],
      ['/bank/questions/:id', [5, 7], [0]],
      ['/*', []],
    ],
    requests: [
      ['Me {}', 'Me', {}, 'query Me { me { id __typename } }', 1],
      ['Bank {"first":25}', 'Bank', { first: 25 }, 'query Bank($first: Int!) { bank(first: $first) { totalCount __typename } }', 0],
    ],
  };
  let fetch: jest.Mock;

  function installAt(address: string): void {
    document.head.innerHTML = '';
    window.history.replaceState(null, '', address);
    installRoutePreload(WITH_QUERIES, window);
  }
  const sent = () =>
    fetch.mock.calls.map(([url, init]: [string, RequestInit & { body: string }]) => ({
      url,
      ...init,
      body: JSON.parse(init.body) as unknown,
    }));

  beforeEach(() => {
    fetch = jest.fn(() => Promise.resolve({ status: 200, json: () => Promise.resolve({ data: { me: null } }) }));
    window.fetch = fetch;
  });
  afterEach(() => {
    delete window.panelistFirstLoad;
    delete (window as { fetch?: unknown }).fetch;
  });

  it('sends who is signed in and the page’s queries as JSON posts, and keeps their answers for the app by operation and variables', async () => {
    installAt('/bank');
    expect(sent()).toEqual([
      {
        url: '/graphql',
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: { operationName: 'Me', variables: {}, query: 'query Me { me { id __typename } }' },
      },
      expect.objectContaining({
        body: {
          operationName: 'Bank',
          variables: { first: 25 },
          query: 'query Bank($first: Int!) { bank(first: $first) { totalCount __typename } }',
        },
      }),
    ]);
    expect(Object.keys(window.panelistFirstLoad ?? {})).toEqual(['Me {}', 'Bank {"first":25}']);
    await expect(window.panelistFirstLoad?.['Me {}'].answer).resolves.toEqual({ status: 200, body: { data: { me: null } } });
    expect(window.panelistFirstLoad?.['Me {}'].query).toBe('query Me { me { id __typename } }');
  });

  it('leaves a page’s queries to the page when the address has a search (its variables come from it), but still asks who is signed in', () => {
    installAt('/bank?q=rate+limit');
    expect(sent().map(({ body }) => (body as { operationName: string }).operationName)).toEqual(['Me']);
  });

  it('sends nothing for sign-in, nor for a navigation later on (the app then asks for itself)', () => {
    installAt('/login');
    expect(fetch).not.toHaveBeenCalled();
    window.panelistPreloadRoute?.('/bank');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('answers null for a request that failed, and the app then sends its own', async () => {
    fetch.mockImplementation(() => Promise.reject(new TypeError('offline')));
    installAt('/');
    await expect(window.panelistFirstLoad?.['Me {}'].answer).resolves.toBeNull();
  });
});
