import type { ApolloClient } from '@apollo/client';
import { MeDocument, type ViewerFieldsFragment } from '../generated/graphql';
import { rememberSignedInViewer } from '../modules/auth';
import { ALONGSIDE_ME_CONTEXT, createApolloClient } from './apollo-client';
import { sessionEnded } from './session-ended';

/**
 * The signed-in app's Apollo client. It is in the chunk of the signed-in app, not the first one: the
 * sign-in page posts its mutation with fetch, and this is downloaded while the password is checked.
 */
let client: ApolloClient | null = null;

/** Puts a client in place of the app's own (tests: one answering from mocks); null makes a new one on next use. */
export function provideAppClient(next: ApolloClient | null): void {
  client = next;
}

export function appClient(): ApolloClient {
  if (!client) {
    const created = createApolloClient({ onSessionEnded: (message) => sessionEnded(message, () => created.clearStore()) });
    client = created;
  }
  return client;
}

/** The sign-in page's hand-over: forget whatever a previous person left, remember the one who signed in. */
export function startSession(viewer: ViewerFieldsFragment): Promise<void> {
  return rememberSignedInViewer(appClient(), viewer);
}

/** Asks who is signed in as soon as a signed-in page is matched, before React renders the route guard (which asks the same). */
export function prefetchViewer(): void {
  appClient()
    .query({ query: MeDocument })
    .catch(() => undefined); // the route guard shows it
}

/** A page's queries for a URL, sent by its route before the page renders. */
export type PagePrefetch = (client: ApolloClient, search: URLSearchParams, context: Record<string, unknown>) => void;

/**
 * On the first load of a signed-in page nobody is known yet: the route guard asks `Me`, and only then
 * does the page render and ask for its data, one round trip after the other. A page with a prefetch has
 * its queries sent at once, beside `Me`. Once `Me` is in the cache (every later navigation) the page
 * asks for itself, as it always did.
 */
export function prefetchAlongsideMe(prefetch: PagePrefetch, url: URL): void {
  const apollo = appClient();
  if (apollo.readQuery({ query: MeDocument })) return;
  prefetch(apollo, url.searchParams, ALONGSIDE_ME_CONTEXT);
}
