import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { friendlyMessage } from '@panelist/errors';

/**
 * Operations that legitimately answer UNAUTHENTICATED without meaning "your session ended":
 * signing in, reading or accepting an invitation, the route guard's own `Me` and signing out.
 */
export const OPERATIONS_WITHOUT_SESSION_REDIRECT: ReadonlySet<string> = new Set([
  'Login',
  'Invitation',
  'AcceptInvitation',
  'Me',
  'Logout',
]);

export interface ApolloClientOptions {
  /** Called when an operation is rejected because the session ended; gets the text to show. */
  onSessionEnded: (message: string) => void;
  /** The transport; defaults to a same-origin JSON POST to /graphql (what Apollo Server's CSRF check wants). */
  terminatingLink?: ApolloLink;
}

export function createApolloClient({ onSessionEnded, terminatingLink }: ApolloClientOptions): ApolloClient {
  const sessionLink = new ErrorLink(({ error, operation }) => {
    if (!CombinedGraphQLErrors.is(error)) return;
    const unauthenticated = error.errors.find((e) => e.extensions?.code === 'UNAUTHENTICATED');
    if (unauthenticated && !OPERATIONS_WITHOUT_SESSION_REDIRECT.has(operation.operationName ?? '')) {
      onSessionEnded(friendlyMessage('UNAUTHENTICATED', unauthenticated.message));
    }
  });
  const http = terminatingLink ?? new HttpLink({ uri: '/graphql', credentials: 'same-origin' });
  return new ApolloClient({
    link: ApolloLink.from([sessionLink, http]),
    cache: new InMemoryCache(),
  });
}
