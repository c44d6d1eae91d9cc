import { addTypenameToDocument } from '@apollo/client/utilities';
import { parse, print } from 'graphql';
import { LoginDocument } from '../../../generated/graphql';
import { apiError, aViewer } from '../../../testing/fixtures';
import { LOGIN_MUTATION, requestSignIn } from '../utils/sign-in-request';
import { answering } from './sign-in-responses';

const input = { email: 'ada@example.com', password: 'secret' };

describe('requestSignIn', () => {
  it('sends the Login operation of login.mutation.graphql and the viewer fragment exactly as Apollo would', () => {
    // With __typename everywhere: the viewer is written to the Apollo cache after signing in.
    expect(print(parse(LOGIN_MUTATION))).toBe(print(addTypenameToDocument(LoginDocument)));
  });

  it('posts JSON to /graphql, which passes the API’s CSRF check, and hands back the viewer', async () => {
    const viewer = aViewer('ADMIN');
    const server = answering({ data: { login: viewer } });

    await expect(requestSignIn(input, server.fetch)).resolves.toEqual({ viewer });

    const [url, init] = server.fetch.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/graphql');
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin' });
    expect(init.headers).toMatchObject({ 'content-type': 'application/json' });
    expect(server.request()).toMatchObject({ operationName: 'Login', variables: { input } });
  });

  it('reads a GraphQL error like the rest of the app: code, friendly message, field (also with a 4xx status)', async () => {
    const server = answering({ errors: [apiError('BAD_USER_INPUT', 'Email must be a valid email address.', 'input.email')] }, 400);
    await expect(requestSignIn(input, server.fetch)).resolves.toEqual({
      problem: { code: 'BAD_USER_INPUT', message: 'Email must be a valid email address.', field: 'email' },
    });
  });

  it('never shows the text of an unknown or internal error', async () => {
    const server = answering({ data: null, errors: [{ message: 'relation "users" does not exist', extensions: { code: 'WEIRD' } }] });
    const { problem } = await requestSignIn(input, server.fetch);
    expect(problem).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', field: null });
    expect(problem?.message).not.toMatch(/relation/);
  });

  it('goes by the HTTP status when there is no GraphQL response: too many attempts, the server failing', async () => {
    await expect(requestSignIn(input, answering('Too Many Requests', 429, 'text/plain').fetch)).resolves.toMatchObject({
      problem: { code: 'RATE_LIMITED' },
    });
    await expect(requestSignIn(input, answering('Bad Gateway', 502, 'text/html').fetch)).resolves.toMatchObject({
      problem: { code: 'INTERNAL_SERVER_ERROR' },
    });
    await expect(requestSignIn(input, answering('<html>', 200, 'text/html').fetch)).resolves.toMatchObject({
      problem: { code: 'NETWORK' },
    });
  });

  it('says the server cannot be reached when fetch fails', async () => {
    const offline = jest.fn(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(requestSignIn(input, offline as unknown as typeof fetch)).resolves.toEqual({
      problem: { code: 'NETWORK', field: null, message: 'Panelist cannot be reached right now. Check your connection and try again.' },
    });
  });
});
