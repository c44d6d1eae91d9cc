import { useContext, useEffect } from 'react';
import { UNSAFE_DataRouterContext, useBlocker } from 'react-router';

function RouteBlocker({ message }: { message: string | null }) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      message !== null &&
      currentLocation.pathname !== nextLocation.pathname &&
      // A new kit's first save moves it from /kits/new to its own address: that is not leaving.
      !(currentLocation.pathname === '/kits/new' && /^\/kits\/[^/]+$/.test(nextLocation.pathname)),
  );
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    if (window.confirm(message ?? '')) blocker.proceed();
    else blocker.reset();
  }, [blocker, message]);
  return null;
}

/**
 * Asks before leaving the page while `message` says something would be lost: in-app navigation
 * (the router's blocker) and closing or reloading the tab (the browser's own prompt).
 */
export function LeaveGuard({ message }: { message: string | null }) {
  // useBlocker needs the app's data router; tests render pages in a plain MemoryRouter.
  const dataRouter = useContext(UNSAFE_DataRouterContext);
  useEffect(() => {
    if (message === null) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [message]);
  return dataRouter ? <RouteBlocker message={message} /> : null;
}
