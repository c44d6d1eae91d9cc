import { useApolloClient } from '@apollo/client/react';
import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { MeDocument } from '../../generated/graphql';
import { useViewer } from '../../modules/auth/hooks/useViewer';
import { aViewer, apiError } from '../../testing/fixtures';
import { renderWithApp } from '../../testing/render';
import { RequireViewer } from '../RequireViewer';

function WhoAmI() {
  const viewer = useViewer();
  return <p>Hello {viewer.user.name}</p>;
}

/** Like the organization switcher: local state, then everything refetched for the session's new organization. */
function Switcher() {
  const client = useApolloClient();
  const [status, setStatus] = useState('');
  return (
    <button
      type="button"
      onClick={() =>
        void client.resetStore().then(
          () => setStatus('Switched.'),
          (error: unknown) => setStatus(String(error)),
        )
      }
    >
      Switch {status}
    </button>
  );
}

describe('RequireViewer', () => {
  it('renders the page for a signed-in person', async () => {
    const me = { request: { query: MeDocument }, result: { data: { me: aViewer('ADMIN', { name: 'Ada Admin' }) } } };
    renderWithApp(
      <RequireViewer>
        <WhoAmI />
      </RequireViewer>,
      { path: '/members', mocks: [me] },
    );

    expect(await screen.findByText('Hello Ada Admin')).toBeInTheDocument();
  });

  it('sends a signed-out person to /login', async () => {
    const me = { request: { query: MeDocument }, result: { errors: [apiError('UNAUTHENTICATED', 'You are not signed in.')] } };
    renderWithApp(
      <RequireViewer>
        <WhoAmI />
      </RequireViewer>,
      { path: '/members', mocks: [me], routes: [{ path: '/login', element: <p>Login page</p> }] },
    );

    expect(await screen.findByText('Login page')).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/login');
  });

  it('offers a retry when the API cannot be reached', async () => {
    const me = { request: { query: MeDocument }, error: new TypeError('Failed to fetch') };
    renderWithApp(
      <RequireViewer>
        <WhoAmI />
      </RequireViewer>,
      { mocks: [me] },
    );

    expect(await screen.findByRole('alert')).toHaveTextContent('Panelist cannot be reached right now.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('keeps the page (and its state) while everything is refetched after a change of organization', async () => {
    const me = (name: string) => ({ request: { query: MeDocument }, result: { data: { me: aViewer('ADMIN', { name }) } } });
    renderWithApp(
      <RequireViewer>
        <WhoAmI />
        <Switcher />
      </RequireViewer>,
      { mocks: [me('Ada in Acme'), me('Ada in Globex')] },
    );
    expect(await screen.findByText('Hello Ada in Acme')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: /Switch/ }));

    expect(screen.getByText('Hello Ada in Acme')).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
    expect(await screen.findByText('Hello Ada in Globex')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Switch Switched.' })).toBeInTheDocument();
  });
});
