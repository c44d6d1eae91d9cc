import { screen } from '@testing-library/react';
import { MeDocument } from '../../generated/graphql';
import { useViewer } from '../../modules/auth/hooks/useViewer';
import { aViewer, apiError } from '../../testing/fixtures';
import { renderWithApp } from '../../testing/render';
import { RequireViewer } from '../RequireViewer';

function WhoAmI() {
  const viewer = useViewer();
  return <p>Hello {viewer.user.name}</p>;
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
});
