import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';

/**
 * After this session moved to another organization while signed-in pages are open (switching,
 * creating one): forget the old organization's data and refetch every active query, the route
 * guard's `Me` included, so the whole app follows at once.
 */
export function useOrganizationChanged(): () => Promise<void> {
  const client = useApolloClient();
  return useCallback(async () => {
    await client.resetStore();
  }, [client]);
}
