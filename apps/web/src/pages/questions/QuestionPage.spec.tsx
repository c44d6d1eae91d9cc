import { screen, within } from '@testing-library/react';
import { QuestionDocument } from '../../generated/graphql';
import { aQuestion } from '../../testing/bank-fixtures';
import { aViewer } from '../../testing/fixtures';
import { renderWithApp } from '../../testing/render';
import { QuestionPage } from './QuestionPage';

const questionMock = { request: { query: QuestionDocument, variables: { id: 'q-1' } }, result: { data: { question: aQuestion() } } };

function renderAs(role: Parameters<typeof aViewer>[0]) {
  return renderWithApp(<QuestionPage />, {
    viewer: aViewer(role),
    path: '/bank/questions/q-1',
    route: '/bank/questions/:id',
    mocks: [questionMock],
  });
}

describe('QuestionPage', () => {
  it('lays out the prompt, code, Look for and Red flags for an interviewer, without editing', async () => {
    renderAs('INTERVIEWER');

    expect(await screen.findByRole('heading', { level: 1, name: 'How would you monitor Kafka consumer lag?' })).toBeInTheDocument();
    expect(screen.getByLabelText('Code for the question')).toHaveTextContent('kafka-consumer-groups --describe --group payments');
    const lookFor = screen.getByRole('region', { name: 'Look for' });
    expect(
      within(lookFor)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Tracks lag per partition']);
    const redFlags = screen.getByRole('region', { name: 'Red flags' });
    expect(
      within(redFlags)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Restarts consumers until lag disappears']);
    expect(screen.getByRole('region', { name: 'Reference answer' })).toHaveTextContent('Export lag per partition');
    expect(screen.getByText('What would you alert on?')).toBeInTheDocument();
    expect(screen.getByText('platform-bank.md')).toBeInTheDocument();
    expect(screen.getByText(/Hana Manager/)).toBeInTheDocument();

    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Archive|Restore/ })).not.toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Used in kits' })).getByText('Not in any kit yet.')).toBeInTheDocument();
  });

  it('lists the kits that use the question, with the revision each pinned', async () => {
    const kits = [
      { __typename: 'KitReference' as const, id: 'kit-1', roleName: 'Platform Engineer', title: 'Reliability round', pinnedRevision: 1 },
    ];
    renderWithApp(<QuestionPage />, {
      viewer: aViewer('RECRUITER'),
      path: '/bank/questions/q-1',
      route: '/bank/questions/:id',
      mocks: [
        {
          request: { query: QuestionDocument, variables: { id: 'q-1' } },
          result: { data: { question: aQuestion({ currentRevision: 2, kits }) } },
        },
      ],
    });

    const usedIn = await screen.findByRole('region', { name: 'Used in kits' });
    expect(within(usedIn).getByRole('link', { name: 'Reliability round' })).toHaveAttribute('href', '/kits/kit-1/preview');
    expect(usedIn).toHaveTextContent('Platform Engineer · revision 1 (older)');
  });

  it('gives a hiring manager Edit and Archive', async () => {
    renderAs('HIRING_MANAGER');

    expect(await screen.findByRole('link', { name: 'Edit' })).toHaveAttribute('href', '/bank/questions/q-1/edit');
    expect(screen.getByRole('button', { name: 'Archive' })).toBeInTheDocument();
  });

  it('explains each classification label', async () => {
    renderAs('RECRUITER');

    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByText('Kafka', { selector: '.chip' })).toHaveAttribute('title', 'matched "Kafka" in the prompt');
    expect(screen.getByText('Why these labels?')).toBeInTheDocument();
    expect(screen.getByText(/technical knowledge by default/)).toBeInTheDocument();
  });
});
