import { ApolloProvider } from '@apollo/client/react';
import { Outlet } from 'react-router';
import { AppShell } from '../modules/shell';
import { appClient } from './app-client';
import { NavigationStatus } from './NavigationStatus';
import { RequireViewer } from './RequireViewer';

/**
 * The signed-in app: the routes past the sign-in page, downloaded on the first visit to one of them
 * (or while the sign-in page checks a password), with Apollo Client and the app shell.
 */

/** Every route but /login: they talk to the API through Apollo. */
export function SignedInRoot() {
  return (
    <ApolloProvider client={appClient()}>
      <Outlet />
    </ApolloProvider>
  );
}

/** The print views: a signed-in person, no navigation chrome. */
export function PrintFrame() {
  return (
    <RequireViewer>
      <Outlet />
    </RequireViewer>
  );
}

/** The pages inside the app shell. */
export function ShellFrame() {
  return (
    <RequireViewer>
      <AppShell />
      <NavigationStatus />
    </RequireViewer>
  );
}

export { prefetchAlongsideMe, prefetchViewer, startSession } from './app-client';
