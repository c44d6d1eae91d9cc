/**
 * A stand-in for `fetch` that answers the sign-in request like the API does: a GraphQL response
 * (`application/graphql-response+json`, the status Apollo Server gives it) or a bare HTTP answer.
 * jsdom has no fetch `Response`, so this has just what `requestSignIn` reads.
 */
export function answering(body: unknown, status = 200, contentType = 'application/graphql-response+json; charset=utf-8') {
  const fetch = jest.fn((_url: string, _init: RequestInit) =>
    Promise.resolve({
      status,
      headers: new Headers({ 'content-type': contentType }),
      json: () => (typeof body === 'string' ? Promise.reject(new SyntaxError('Unexpected token')) : Promise.resolve(body)),
    } as unknown as Response),
  );
  /** The request's body, as the server would read it. */
  const request = () => {
    const body = fetch.mock.calls[0]?.[1]?.body;
    if (typeof body !== 'string') throw new Error('No sign-in request was sent.');
    return JSON.parse(body) as { operationName: string; query: string; variables: unknown };
  };
  return { fetch: fetch as unknown as typeof globalThis.fetch & jest.Mock, request, variables: () => request().variables };
}
