import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { getMainDefinition } from '@apollo/client/utilities';
import { friendlyMessage } from '@panelist/errors';
import { Kind, OperationTypeNode } from 'graphql';
import type { Client } from 'graphql-ws/client';
import { Observable, type Subscription } from 'rxjs';
import { firstLoadLink, forgetFirstLoad } from './first-load';
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

/**
 * The context of a page's queries sent on the first load alongside `Me` (`app-client.ts`): whether
 * the session holds is for `Me` to say (the route guard sends a signed-out person to /login), so
 * their UNAUTHENTICATED does not also report a session that ended.
 */
export const ALONGSIDE_ME_CONTEXT = { alongsideMe: true } as const;

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

interface SubscriptionTransport {
  link: ApolloLink;
  /** Closes the socket, if one was opened; graphql-ws opens a new one for the next subscription. */
  terminate: () => void;
}

/**
 * Subscriptions over graphql-ws. Few pages subscribe, so graphql-ws and its link are downloaded on the
 * first subscription, not with every page; the socket opens then too and closes when the last one ends.
 */
function createSubscriptionTransport(): SubscriptionTransport {
  let socket: Client | null = null;
  let loading: Promise<ApolloLink> | null = null;
  const load = () =>
    (loading ??= (async () => {
      // Named bindings from the client entry only, so the bundle leaves graphql-ws's server out.
      const [{ createClient }, { GraphQLWsLink }] = await Promise.all([
        import('graphql-ws/client'),
        import('@apollo/client/link/subscriptions'),
      ]);
      socket = createClient({ url: graphqlWebSocketUrl(), lazy: true, retryAttempts: 5 });
      return new GraphQLWsLink(socket);
    })());
  const link = new ApolloLink(
    (operation, forward) =>
      new Observable((observer) => {
        let subscription: Subscription | null = null;
        let closed = false;
        load().then(
          (webSocketLink) => {
            if (!closed) subscription = webSocketLink.request(operation, forward).subscribe(observer);
          },
          (error: unknown) => observer.error(error),
        );
        return () => {
          closed = true;
          subscription?.unsubscribe();
        };
      }),
  );
  return { link, terminate: () => socket?.terminate() };
}

export function createApolloClient({ onSessionEnded, terminatingLink }: ApolloClientOptions): ApolloClient {
  const sessionLink = new ErrorLink(({ error, operation }) => {
    if (!CombinedGraphQLErrors.is(error)) return;
    // The server could not reach its database: that says nothing about the session. Like a network
    // error, the person stays signed in and the page shows that the server cannot be reached.
    if (error.errors.some((graphQLError) => graphQLError.extensions?.code === 'SERVICE_UNAVAILABLE')) return;
    const unauthenticated = error.errors.find(concernsTheSession);
    const alongsideMe = (operation.getContext() as { alongsideMe?: boolean }).alongsideMe === true;
    if (unauthenticated && !alongsideMe && !OPERATIONS_WITHOUT_SESSION_REDIRECT.has(operation.operationName ?? '')) {
      onSessionEnded(friendlyMessage('UNAUTHENTICATED', unauthenticated.message));
    }
  });
  let subscriptions: SubscriptionTransport | null = null;
  let transport = terminatingLink;
  if (!transport) {
    subscriptions = createSubscriptionTransport();
    transport = splitTransport(createHttpLink(), subscriptions.link);
  }
  const client = new ApolloClient({
    // The first load's queries may already be answered (route-preload): below the session check, which sees their answers too.
    link: ApolloLink.from([sessionLink, firstLoadLink(), transport]),
    cache: new InMemoryCache({ possibleTypes: POSSIBLE_TYPES }),
  });
  // Every change of person or organization clears or resets the store (sign-in, sign-out, switching, an ended session).
  client.onClearStore(() => forgetFirstLoad());
  client.onResetStore(() => forgetFirstLoad());
  if (subscriptions) {
    // The socket authenticated with the cookie of its upgrade request: after signing out or
    // switching organization, reconnect so open subscriptions carry the new session.
    const { terminate } = subscriptions;
    const reconnect = () => {
      terminate();
      return Promise.resolve();
    };
    client.onClearStore(reconnect);
    client.onResetStore(reconnect);
  }
  return client;
}
