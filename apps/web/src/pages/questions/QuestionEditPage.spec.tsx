import { fireEvent, screen, waitFor } from '@testing-library/react';
import { QuestionDocument, UpdateQuestionDocument } from '../../generated/graphql';
import { aQuestion, aRevision } from '../../testing/bank-fixtures';
import { aViewer, apiError } from '../../testing/fixtures';
import { renderWithApp } from '../../testing/render';
import { toContentInput, valuesFromRevision } from '../../modules/questions/utils/question-form-values';
import { EditQuestionPage } from './QuestionEditPage';

const original = aQuestion({ version: 1 });
const theirs = aQuestion({
  version: 2,
  current: aRevision({
    id: 'rev-2',
    revision: 2,
    prompt: 'How do you watch Kafka consumer lag across partitions?',
    createdByName: 'Ada Admin',
  }),
});

describe('EditQuestionPage', () => {
  it('keeps everything typed when someone else saved a newer revision, and shows their prompt', async () => {
    const myPrompt = 'How would you monitor Kafka consumer lag, and what would you alert on?';
    const edited = {
      ...valuesFromRevision(original.current),
      prompt: myPrompt,
      lookFor: ['Tracks lag per partition', 'Alerts on lag growth'],
    };
    renderWithApp(<EditQuestionPage />, {
      viewer: aViewer('HIRING_MANAGER'),
      path: '/bank/questions/q-1/edit',
      route: '/bank/questions/:id/edit',
      mocks: [
        { request: { query: QuestionDocument, variables: { id: 'q-1' } }, result: { data: { question: original } } },
        {
          request: {
            query: UpdateQuestionDocument,
            variables: { input: { id: 'q-1', version: 1, content: toContentInput(edited), changeNote: 'Sharper wording' } },
          },
          result: {
            errors: [apiError('CONFLICT', 'Someone else edited this question meanwhile. Reload to see their revision.', 'version')],
          },
        },
        { request: { query: QuestionDocument, variables: { id: 'q-1' } }, result: { data: { question: theirs } } },
      ],
    });

    const prompt = await screen.findByRole('textbox', { name: 'Prompt' });
    fireEvent.change(prompt, { target: { value: myPrompt } });
    fireEvent.click(screen.getByRole('button', { name: '+ Add a Look-for point' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Look-for point 2' }), { target: { value: 'Alerts on lag growth' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'What changed and why (optional)' }), { target: { value: 'Sharper wording' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save as a new revision' }));

    const conflict = await screen.findByRole('alert');
    expect(conflict).toHaveTextContent('Ada Admin saved a newer revision');
    expect(conflict).toHaveTextContent('Everything you typed is still in the form below.');
    expect(conflict).toHaveTextContent('How do you watch Kafka consumer lag across partitions?');
    expect(screen.getByRole('textbox', { name: 'Prompt' })).toHaveValue(myPrompt);
    expect(screen.getByRole('textbox', { name: 'Look-for point 2' })).toHaveValue('Alerts on lag growth');
    expect(screen.getByTestId('location')).toHaveTextContent('/bank/questions/q-1/edit');

    fireEvent.click(screen.getByRole('button', { name: 'Keep my text' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Your edit now replaces revision 2'));
    expect(screen.getByRole('textbox', { name: 'Prompt' })).toHaveValue(myPrompt);
  });

  it('keeps the label on an edit, sending it with the new revision', async () => {
    const labelled = aQuestion({ version: 3, current: aRevision({ revision: 3, label: 'Consumer lag' }) });
    const myPrompt = 'How would you monitor Kafka consumer lag per partition?';
    const content = toContentInput({ ...valuesFromRevision(labelled.current), prompt: myPrompt });
    expect(content.label).toBe('Consumer lag');
    renderWithApp(<EditQuestionPage />, {
      viewer: aViewer('HIRING_MANAGER'),
      path: '/bank/questions/q-1/edit',
      route: '/bank/questions/:id/edit',
      mocks: [
        { request: { query: QuestionDocument, variables: { id: 'q-1' } }, result: { data: { question: labelled } } },
        {
          request: { query: UpdateQuestionDocument, variables: { input: { id: 'q-1', version: 3, content, changeNote: null } } },
          result: {
            data: {
              updateQuestion: aQuestion({ version: 4, current: aRevision({ revision: 4, label: 'Consumer lag', prompt: myPrompt }) }),
            },
          },
        },
      ],
    });

    expect(await screen.findByRole('textbox', { name: 'Label (optional)' })).toHaveValue('Consumer lag');
    fireEvent.change(screen.getByRole('textbox', { name: 'Prompt' }), { target: { value: myPrompt } });
    fireEvent.click(screen.getByRole('button', { name: 'Save as a new revision' }));

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/bank\/questions\/q-1$/));
  });

  it('tells an interviewer their role cannot edit, without loading the form', () => {
    renderWithApp(<EditQuestionPage />, {
      viewer: aViewer('INTERVIEWER'),
      path: '/bank/questions/q-1/edit',
      route: '/bank/questions/:id/edit',
    });

    expect(screen.getByText(/Your role \(Interviewer\) can read the question bank but not change it/)).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });
});
