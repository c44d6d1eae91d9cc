/**
 * What the app does when the API says the session ended: the sign-in page, with the reason, and then
 * `afterRedirect` (the Apollo client forgets the previous person's data). The router, in the first
 * chunk, sets it; the Apollo client, in the signed-in app's chunk (`app-client.ts`), calls it.
 */
type SessionEndedHandler = (message: string, afterRedirect: () => Promise<unknown>) => void;

let handler: SessionEndedHandler | null = null;

export function setSessionEndedHandler(next: SessionEndedHandler | null): void {
  handler = next;
}

export function sessionEnded(message: string, afterRedirect: () => Promise<unknown>): void {
  handler?.(message, afterRedirect);
}
