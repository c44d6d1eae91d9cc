import { fireEvent, screen, waitFor } from '@testing-library/react';
import { CreateOrganizationDocument } from '../../../generated/graphql';
import { NewOrganizationPage } from '../../../pages/organizations/NewOrganizationPage';
import { aViewer, apiError } from '../../../testing/fixtures';
import { renderWithApp } from '../../../testing/render';

function renderPage(mocks: unknown[], viewer = aViewer('INTERVIEWER')) {
  return renderWithApp(<NewOrganizationPage />, {
    viewer,
    path: '/organizations/new',
    mocks: mocks as never,
    routes: [{ path: '/', element: <p>Home page</p> }],
  });
}

describe('NewOrganizationPage', () => {
  it('asks for a name first', () => {
    renderPage([]);

    fireEvent.click(screen.getByRole('button', { name: 'Create organization' }));

    expect(screen.getByLabelText('Organization name')).toHaveAccessibleDescription('Enter a name for the organization.');
  });

  it('creates the organization and opens the app in it', async () => {
    const create = jest.fn(() => ({ data: { createOrganization: aViewer('ADMIN') } }));
    renderPage([{ request: { query: CreateOrganizationDocument, variables: { input: { name: 'Orbit Labs' } } }, result: create }]);

    fireEvent.change(screen.getByLabelText('Organization name'), { target: { value: ' Orbit Labs ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create organization' }));

    expect(await screen.findByText('Home page')).toBeInTheDocument();
    await waitFor(() => expect(create).toHaveBeenCalledTimes(1));
  });

  it('explains a refusal by the instance setting in its own words', async () => {
    renderPage([
      {
        request: { query: CreateOrganizationDocument, variables: { input: { name: 'Orbit Labs' } } },
        result: { errors: [apiError('FORBIDDEN', 'On this Panelist, only admins of an organization may create another.')] },
      },
    ]);

    fireEvent.change(screen.getByLabelText('Organization name'), { target: { value: 'Orbit Labs' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create organization' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('this Panelist instance restricts it');
  });

  it('offers no form where the person may not create one', () => {
    renderPage([], aViewer('ADMIN', { canCreateOrganization: false, singleSignOn: true }));

    expect(screen.queryByLabelText('Organization name')).not.toBeInTheDocument();
    expect(screen.getByText(/single sign-on, which keeps this session in Acme Robotics/)).toBeInTheDocument();
  });
});
