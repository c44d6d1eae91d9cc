import { ApolloLink } from '@apollo/client';
import { of } from 'rxjs';
import { LoginDocument, MembersDocument, MeDocument } from '../../generated/graphql';
import { createApolloClient } from '../apollo-client';

const unauthenticated = () =>
  new ApolloLink(() =>
    of({ errors: [{ message: 'Your session has ended or your access was removed. Sign in again.', extensions: { code: 'UNAUTHENTICATED' } }] }),
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

  it('ignores other errors', async () => {
    const onSessionEnded = jest.fn();
    const forbidden = new ApolloLink(() => of({ errors: [{ message: 'No', extensions: { code: 'FORBIDDEN' } }] }));
    const client = createApolloClient({ onSessionEnded, terminatingLink: forbidden });

    await expect(client.query({ query: MembersDocument })).rejects.toThrow();

    expect(onSessionEnded).not.toHaveBeenCalled();
  });
});
