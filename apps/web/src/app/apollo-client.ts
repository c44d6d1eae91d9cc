import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { friendlyMessage } from '@panelist/errors';
import { Kind, OperationTypeNode } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { POSSIBLE_TYPES } from './possible-types';

/**
 * Operations that legitimately answer UNAUTHENTICATED without meaning "your session ended":
 * signing in, reading or accepting an invitation or a password reset link, the route guard's own
 * `Me` and signing out.
 */
export const OPERATIONS_WITHOUT_SESSION_REDIRECT: ReadonlySet<string> = new Set([
  'Login',
  'Invitation',
  'AcceptInvitation',
  'PasswordReset',
  'ResetPassword',
  'Me',
  'Logout',
]);

/**
 * An UNAUTHENTICATED error that names an input field is about a password typed into a form (e.g. the
 * current password when changing it), not about the session: the form shows it next to the field.
 */
function concernsTheSession(error: { extensions?: Record<string, unknown> }): boolean {
  const field = error.extensions?.field;
  return error.extensions?.code === 'UNAUTHENTICATED' && !(typeof field === 'string' && field.length > 0);
}

export interface ApolloClientOptions {
  /** Called when an operation is rejected because the session ended; gets the text to show. */
  onSessionEnded: (message: string) => void;
  /** The transport; defaults to `createTransport()`: HTTP for queries and mutations, graphql-ws for subscriptions. */
  terminatingLink?: ApolloLink;
}

/** The same-origin GraphQL WebSocket address: the browser sends the session cookie with the upgrade. */
export function graphqlWebSocketUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/graphql`;
}

function isSubscription(operation: ApolloLink.Operation): boolean {
  const definition = getMainDefinition(operation.query);
  return definition.kind === Kind.OPERATION_DEFINITION && definition.operation === OperationTypeNode.SUBSCRIPTION;
}

/** Sends subscriptions over `subscriptions`, everything else over `http`. */
export function splitTransport(http: ApolloLink, subscriptions: ApolloLink): ApolloLink {
  return ApolloLink.split(isSubscription, subscriptions, http);
}

/** A same-origin JSON POST to /graphql (what Apollo Server's CSRF check wants). */
function createHttpLink(): ApolloLink {
  return new HttpLink({ uri: '/graphql', credentials: 'same-origin' });
}

/** graphql-ws connects lazily, on the first subscription, and closes when the last one ends. */
function createWebSocketClient(): Client {
  return createClient({ url: graphqlWebSocketUrl(), lazy: true, retryAttempts: 5 });
}

export function createApolloClient({ onSessionEnded, terminatingLink }: ApolloClientOptions): ApolloClient {
  const sessionLink = new ErrorLink(({ error, operation }) => {
    if (!CombinedGraphQLErrors.is(error)) return;
    // The server could not reach its database: that says nothing about the session. Like a network
    // error, the person stays signed in and the page shows that the server cannot be reached.
    if (error.errors.some((graphQLError) => graphQLError.extensions?.code === 'SERVICE_UNAVAILABLE')) return;
    const unauthenticated = error.errors.find(concernsTheSession);
    if (unauthenticated && !OPERATIONS_WITHOUT_SESSION_REDIRECT.has(operation.operationName ?? '')) {
      onSessionEnded(friendlyMessage('UNAUTHENTICATED', unauthenticated.message));
    }
  });
  let webSocket: Client | null = null;
  let transport = terminatingLink;
  if (!transport) {
    webSocket = createWebSocketClient();
    transport = splitTransport(createHttpLink(), new GraphQLWsLink(webSocket));
  }
  const client = new ApolloClient({
    link: ApolloLink.from([sessionLink, transport]),
    cache: new InMemoryCache({ possibleTypes: POSSIBLE_TYPES }),
  });
  if (webSocket) {
    // The socket authenticated with the cookie of its upgrade request: after signing out or
    // switching organization, reconnect so open subscriptions carry the new session.
    const socket = webSocket;
    const reconnect = () => {
      socket.terminate();
      return Promise.resolve();
    };
    client.onClearStore(reconnect);
    client.onResetStore(reconnect);
  }
  return client;
}
