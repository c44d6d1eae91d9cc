import { useState } from 'react';
import { RouterProvider, createBrowserRouter } from 'react-router';
import { routes } from './routes';
import { setSessionEndedHandler } from './session-ended';

/**
 * Builds the router once. Apollo Client is not here: it comes with the signed-in app (`SignedInFrames`),
 * so the sign-in page loads without it. A rejected session sends the person to /login.
 */
function createApp() {
  const router = createBrowserRouter(routes);
  // A navigation asks for all the chunks of its route at once (index.html's route-preload script knows
  // them), not for the page's chunk first and for what it imports once that has arrived.
  router.subscribe(({ navigation }) => {
    if (navigation.location) window.panelistPreloadRoute?.(navigation.location.pathname);
  });
  let redirecting = false;
  setSessionEndedHandler((message, afterRedirect) => {
    if (redirecting || router.state.location.pathname === '/login') return;
    redirecting = true;
    const { pathname, search } = router.state.location;
    void router
      .navigate('/login', { replace: true, state: { from: { pathname, search }, notice: message } })
      .then(afterRedirect)
      .finally(() => {
        redirecting = false;
      });
  });
  return router;
}

export function App() {
  const [router] = useState(createApp);
  return <RouterProvider router={router} />;
}
