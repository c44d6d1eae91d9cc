import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { KitDocument } from '../../../generated/graphql';

/** The kit named by the route's :id, for reading (preview and print). */
export function useKitFromRoute() {
  const { id = '' } = useParams();
  const { data, error, loading } = useQuery(KitDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  return { id, kit: data?.kit, error, loading };
}
