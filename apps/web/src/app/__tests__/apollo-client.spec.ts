import { ApolloLink } from '@apollo/client';
import { of } from 'rxjs';
import { ChangePasswordDocument, LoginDocument, MembersDocument, MeDocument, PanelProgressDocument } from '../../generated/graphql';
import { createApolloClient, graphqlWebSocketUrl, splitTransport } from '../apollo-client';

const unauthenticated = () =>
  new ApolloLink(() =>
    of({
      errors: [{ message: 'Your session has ended or your access was removed. Sign in again.', extensions: { code: 'UNAUTHENTICATED' } }],
    }),
  );

describe('createApolloClient', () => {
  it('reports an ended session when an ordinary operation is rejected as UNAUTHENTICATED', async () => {
    const onSessionEnded = jest.fn();
    const client = createApolloClient({ onSessionEnded, terminatingLink: unauthenticated() });

    await expect(client.query({ query: MembersDocument })).rejects.toThrow();

    expect(onSessionEnded).toHaveBeenCalledWith('Your session has ended or your access was removed. Sign in again.');
  });

  it('does not treat a failed login or the guard’s own Me query as an ended session', async () => {
    const onSessionEnded = jest.fn();
    const client = createApolloClient({ onSessionEnded, terminatingLink: unauthenticated() });

    await expect(
      client.mutate({ mutation: LoginDocument, variables: { input: { email: 'a@example.com', password: 'x' } } }),
    ).rejects.toThrow();
    await expect(client.query({ query: MeDocument })).rejects.toThrow();

    expect(onSessionEnded).not.toHaveBeenCalled();
  });

  it('leaves a wrong password typed into a form (UNAUTHENTICATED naming a field) to the form', async () => {
    const onSessionEnded = jest.fn();
    const wrongPassword = new ApolloLink(() =>
      of({
        errors: [{ message: 'Your current password is not correct.', extensions: { code: 'UNAUTHENTICATED', field: 'currentPassword' } }],
      }),
    );
    const client = createApolloClient({ onSessionEnded, terminatingLink: wrongPassword });

    await expect(
      client.mutate({ mutation: ChangePasswordDocument, variables: { input: { currentPassword: 'x', newPassword: 'y' } } }),
    ).rejects.toThrow();

    expect(onSessionEnded).not.toHaveBeenCalled();
  });

  it('keeps the person signed in when the server cannot reach its database (SERVICE_UNAVAILABLE)', async () => {
    const onSessionEnded = jest.fn();
    const outage = new ApolloLink(() =>
      of({
        errors: [
          {
            message: 'The service cannot reach its database right now. Try again in a moment.',
            extensions: { code: 'SERVICE_UNAVAILABLE' },
          },
          { message: 'You are not signed in, or your session has ended.', extensions: { code: 'UNAUTHENTICATED' } },
        ],
      }),
    );
    const client = createApolloClient({ onSessionEnded, terminatingLink: outage });

    await expect(client.query({ query: MembersDocument })).rejects.toThrow();

    expect(onSessionEnded).not.toHaveBeenCalled();
  });

  it('ignores other errors', async () => {
    const onSessionEnded = jest.fn();
    const forbidden = new ApolloLink(() => of({ errors: [{ message: 'No', extensions: { code: 'FORBIDDEN' } }] }));
    const client = createApolloClient({ onSessionEnded, terminatingLink: forbidden });

    await expect(client.query({ query: MembersDocument })).rejects.toThrow();

    expect(onSessionEnded).not.toHaveBeenCalled();
  });
});

describe('the transport', () => {
  const seat = {
    __typename: 'PanelSeat',
    id: 'sc-1',
    interviewId: 'iv-1',
    loopId: 'loop-1',
    status: 'SUBMITTED',
    submittedAt: '2026-11-03T10:00:00.000Z',
    amendments: 0,
    interviewer: { __typename: 'Person', userId: 'u-1', name: 'Dana Interviewer' },
  };

  it('sends subscriptions over the WebSocket link and everything else over HTTP', async () => {
    const http = jest.fn(() => of({ data: { members: [] } }));
    const webSocket = jest.fn(() => of({ data: { panelProgress: seat } }));
    const client = createApolloClient({
      onSessionEnded: jest.fn(),
      terminatingLink: splitTransport(new ApolloLink(http), new ApolloLink(webSocket)),
    });

    await client.query({ query: MembersDocument });
    const events = await new Promise<unknown[]>((resolve, reject) => {
      const received: unknown[] = [];
      client.subscribe({ query: PanelProgressDocument, variables: { loopId: 'loop-1' } }).subscribe({
        next: (event) => received.push(event.data),
        error: reject,
        complete: () => resolve(received),
      });
    });

    expect(http).toHaveBeenCalledTimes(1);
    expect(webSocket).toHaveBeenCalledTimes(1);
    expect(events).toEqual([{ panelProgress: seat }]);
  });

  it('opens the WebSocket on the page’s own origin, encrypted when the page is', () => {
    expect(graphqlWebSocketUrl({ protocol: 'https:', host: 'panelist.example.com' })).toBe('wss://panelist.example.com/graphql');
    expect(graphqlWebSocketUrl({ protocol: 'http:', host: 'localhost:4200' })).toBe('ws://localhost:4200/graphql');
  });

  it('builds the default HTTP + WebSocket client without connecting until a subscription starts', () => {
    expect(() => createApolloClient({ onSessionEnded: jest.fn() })).not.toThrow();
  });
});
