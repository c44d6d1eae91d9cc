import { ApolloLink } from '@apollo/client';
import { canonicalStringify, print } from '@apollo/client/utilities';
import { Observable, type Subscription } from 'rxjs';

/** A query the route-preload script sent on the first load, before the app's JavaScript had arrived. */
export interface FirstLoadRequest {
  /** The document as Apollo sends it (with __typename; `compactQuery`), to be sure the answer is to the same question. */
  query: string;
  /** performance.now() when it was sent. */
  sentAt: number;
  /** The answer's status and parsed body; null when the request failed. */
  answer: Promise<{ status: number; body: unknown } | null>;
}

declare global {
  interface Window {
    /** The first load's queries by `firstLoadKey`, each taken once (route-preload script); absent in development. */
    panelistFirstLoad?: Record<string, FirstLoadRequest>;
  }
}

/** How long a first-load answer may stand in for a query: past this the page asks the server itself. */
export const FIRST_LOAD_MAX_AGE_MS = 10_000;

/** Drops the first load's answers not taken yet: after signing in or out, or changing organization, they are someone else's. */
export function forgetFirstLoad(win: Pick<Window, 'panelistFirstLoad'> = window): Promise<void> {
  delete win.panelistFirstLoad;
  return Promise.resolve();
}

/** Which query with which variables, whatever the order of their keys. */
export function firstLoadKey(operationName: string, variables: Record<string, unknown> | undefined): string {
  return `${operationName} ${canonicalStringify(variables ?? {})}`;
}

/** A document's text with its layout folded to single spaces (when it holds no string, whose spaces would count). */
export function compactQuery(text: string): string {
  return text.includes('"') ? text : text.replace(/\s+/g, ' ').trim();
}

const isGraphQLBody = (body: unknown): body is Record<string, unknown> =>
  typeof body === 'object' && body !== null && ('data' in body || 'errors' in body);

/**
 * Answers a query from the first load's request for it when there is one (the same operation, variables
 * and document, sent less than FIRST_LOAD_MAX_AGE_MS ago, answered 200): the page then needs no round
 * trip of its own once its JavaScript has run. Anything else goes on to the server as usual.
 */
export function firstLoadLink(win: Pick<Window, 'panelistFirstLoad' | 'performance'> = window): ApolloLink {
  return new ApolloLink((operation, forward) => {
    const requests = win.panelistFirstLoad;
    const key = requests && operation.operationName ? firstLoadKey(operation.operationName, operation.variables) : null;
    const request = key ? requests?.[key] : undefined;
    if (!request || !key) return forward(operation);
    delete requests?.[key]; // once: a later fetch of the same query wants a fresh answer
    if (win.performance.now() - request.sentAt > FIRST_LOAD_MAX_AGE_MS || request.query !== compactQuery(print(operation.query)))
      return forward(operation);
    return new Observable((observer) => {
      let forwarded: Subscription | null = null;
      let closed = false;
      void request.answer.then((answer) => {
        if (closed) return;
        if (answer?.status === 200 && isGraphQLBody(answer.body)) {
          observer.next(answer.body as ApolloLink.Result);
          observer.complete();
        } else {
          forwarded = forward(operation).subscribe(observer);
        }
      });
      return () => {
        closed = true;
        forwarded?.unsubscribe();
      };
    });
  });
}
