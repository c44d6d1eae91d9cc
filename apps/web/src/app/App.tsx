import { ApolloProvider } from '@apollo/client/react';
import { useState } from 'react';
import { RouterProvider, createBrowserRouter } from 'react-router';
import { createApolloClient } from './apollo-client';
import { routes } from './routes';

/** Builds the router and the Apollo client once; a rejected session sends the person to /login. */
function createApp() {
  const router = createBrowserRouter(routes);
  let redirecting = false;
  const client = createApolloClient({
    onSessionEnded(message) {
      if (redirecting || router.state.location.pathname === '/login') return;
      redirecting = true;
      const { pathname, search } = router.state.location;
      void router
        .navigate('/login', { replace: true, state: { from: { pathname, search }, notice: message } })
        .then(() => client.clearStore())
        .finally(() => {
          redirecting = false;
        });
    },
  });
  return { router, client };
}

export function App() {
  const [{ router, client }] = useState(createApp);
  return (
    <ApolloProvider client={client}>
      <RouterProvider router={router} />
    </ApolloProvider>
  );
}
