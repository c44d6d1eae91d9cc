import { useEffect } from 'react';
import { useRouteError } from 'react-router';
import { Alert } from '../modules/ui';

/**
 * Shown when a page cannot be opened: most often its code failed to download (a dropped connection,
 * or Panelist was updated since the tab was opened and the old files are gone), else it crashed.
 */
export function RouteError() {
  const error = useRouteError();
  useEffect(() => {
    // The cause, for whoever opens the console; the person gets a way out.
    console.error(error);
  }, [error]);
  return (
    <div className="page stack">
      <Alert tone="error">This page could not be opened. Reloading usually helps, for example after Panelist has been updated.</Alert>
      <p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload the page
        </button>
      </p>
    </div>
  );
}
