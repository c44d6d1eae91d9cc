import { InMemoryCache } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { POSSIBLE_TYPES } from '../app/possible-types';
import { ViewerContext, type Viewer } from '../modules/auth';

interface Options {
  mocks?: ReadonlyArray<MockLink.MockedResponse>;
  viewer?: Viewer;
  /** The URL the page is rendered at. */
  path?: string;
  /** Its route pattern, e.g. /invite/:token (defaults to `path`). */
  route?: string;
  /** Extra routes, e.g. a stand-in /login route to assert redirects. */
  routes?: Array<{ path: string; element: ReactElement }>;
}

/** Shows where the app navigated to, for assertions (jsdom cannot run react-router's data router). */
function LocationProbe() {
  const location = useLocation();
  return (
    <>
      <output data-testid="location">{location.pathname}</output>
      <output data-testid="location-search">{location.search}</output>
    </>
  );
}

/** Renders a page or component with mocked GraphQL, a memory router and (optionally) a viewer. */
export function renderWithApp(ui: ReactElement, { mocks = [], viewer, path = '/', route, routes = [] }: Options = {}) {
  const element = viewer ? <ViewerContext.Provider value={viewer}>{ui}</ViewerContext.Provider> : ui;
  return render(
    <MockedProvider mocks={mocks} cache={new InMemoryCache({ possibleTypes: POSSIBLE_TYPES })}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path={route ?? path} element={element} />
          {routes.map((extra) => (
            <Route key={extra.path} path={extra.path} element={extra.element} />
          ))}
        </Routes>
        <LocationProbe />
      </MemoryRouter>
    </MockedProvider>,
  );
}
