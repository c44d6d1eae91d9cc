import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { MeDocument, type ViewerFieldsFragment } from '../../../generated/graphql';

/**
 * After signing in: forget whatever a previous person left in the cache and remember the new viewer,
 * so the app shell renders at once without another round trip.
 */
export async function rememberSignedInViewer(client: ApolloClient, viewer: ViewerFieldsFragment): Promise<void> {
  await client.clearStore();
  client.writeQuery({ query: MeDocument, data: { me: viewer } });
}

/** `rememberSignedInViewer` with the page's client: after accepting an invitation or resetting a password. */
export function useSignedIn(): (viewer: ViewerFieldsFragment) => Promise<void> {
  const client = useApolloClient();
  return useCallback((viewer) => rememberSignedInViewer(client, viewer), [client]);
}
