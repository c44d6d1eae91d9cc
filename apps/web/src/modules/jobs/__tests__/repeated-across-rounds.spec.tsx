import { screen } from '@testing-library/react';
import { KitQuestionsDocument } from '../../../generated/graphql';
import { renderWithApp } from '../../../testing/render';
import { RepeatedAcrossRounds } from '../components/RepeatedAcrossRounds';
import { repeatedAcrossRounds } from '../utils/repeated-across-rounds';

const question = (questionId: string, prompt: string) => ({
  __typename: 'KitQuestion' as const,
  questionId,
  revision: { __typename: 'QuestionRevision' as const, prompt },
});
const kit = (id: string, ...questions: Array<ReturnType<typeof question>>) => ({
  __typename: 'Kit' as const,
  id,
  sections: [{ __typename: 'KitSection' as const, questions }],
});
const KITS = [
  kit('k-screen', question('q-rest', 'Design a REST API'), question('q-sql', 'Index a slow query')),
  kit('k-design', question('q-rest', 'Design a REST API'), question('q-queue', 'Design a job queue')),
];

describe('repeatedAcrossRounds', () => {
  it('names the questions two rounds’ kits share, with the rounds', () => {
    const rounds = [
      { name: 'Phone screen', kitId: 'k-screen' },
      { name: '', kitId: 'k-design' },
    ];
    expect(repeatedAcrossRounds(rounds, KITS)).toEqual([
      { questionId: 'q-rest', prompt: 'Design a REST API', rounds: ['Phone screen', 'Round 2'] },
    ]);
    expect(repeatedAcrossRounds([rounds[0]], KITS)).toEqual([]);
  });
});

describe('RepeatedAcrossRounds', () => {
  it('warns in the job editor before anyone is scheduled', async () => {
    const rounds = [
      { key: 'a', id: null, name: 'Phone screen', kitId: 'k-screen' },
      { key: 'b', id: null, name: 'System design', kitId: 'k-design' },
    ];
    renderWithApp(<RepeatedAcrossRounds rounds={rounds} />, {
      mocks: [{ request: { query: KitQuestionsDocument }, result: { data: { kits: KITS } } }],
    });

    expect(await screen.findByTestId('repeated-across-rounds')).toHaveTextContent(
      /One question is in the kits of more than one round.*“Design a REST API” — Phone screen, System design/,
    );
  });
});
