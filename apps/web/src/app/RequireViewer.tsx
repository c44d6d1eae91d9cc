import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { MeDocument } from '../generated/graphql';
import { ViewerContext } from '../modules/auth';
import { describeError } from '../modules/errors';
import { Alert, LoadingState } from '../modules/ui';

/** Route guard: renders its children for a signed-in person, otherwise sends them to /login. */
export function RequireViewer({ children }: { children: ReactNode }) {
  const location = useLocation();
  const { data, previousData, error, loading, refetch } = useQuery(MeDocument, { fetchPolicy: 'cache-first' });
  // While everything is refetched after a change of organization, the pages stay (with the viewer
  // they had) instead of giving way to a spinner and losing their state.
  const viewer = data?.me ?? (loading ? previousData?.me : undefined);

  if (viewer) return <ViewerContext.Provider value={viewer}>{children}</ViewerContext.Provider>;
  if (loading) {
    return (
      <div className="page-center">
        <LoadingState />
      </div>
    );
  }
  const problem = describeError(error);
  if (problem.code === 'UNAUTHENTICATED' || !error) {
    return <Navigate to="/login" replace state={{ from: { pathname: location.pathname, search: location.search } }} />;
  }
  return (
    <main className="page-center stack" id="main">
      <Alert tone="error">{problem.message}</Alert>
      <button type="button" className="button" onClick={() => void refetch()}>
        Try again
      </button>
    </main>
  );
}
