import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { MeDocument, type ViewerFieldsFragment } from '../../../generated/graphql';

/**
 * After login or accepting an invitation: forget whatever a previous person left in the cache and
 * remember the new viewer, so the app shell renders at once without another round trip.
 */
export function useSignedIn(): (viewer: ViewerFieldsFragment) => Promise<void> {
  const client = useApolloClient();
  return useCallback(
    async (viewer) => {
      await client.clearStore();
      client.writeQuery({ query: MeDocument, data: { me: viewer } });
    },
    [client],
  );
}
