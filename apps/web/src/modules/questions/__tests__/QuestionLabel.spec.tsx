import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { aRevision, aSummary } from '../../../testing/bank-fixtures';
import { BankResults } from '../components/BankResults';
import { QuestionRevisionView } from '../components/QuestionRevisionView';

const edge = (node: ReturnType<typeof aSummary>) => ({ __typename: 'QuestionEdge' as const, cursor: node.id, highlight: [], node });

describe('a question label', () => {
  it('titles its result in the bank list, inside the result link; a question without one shows only its prompt', () => {
    render(
      <MemoryRouter>
        <BankResults
          edges={[
            edge(aSummary({ id: 'q-1', label: 'Law of Demeter', prompt: 'Would you write code violating this principle?' })),
            edge(aSummary({ id: 'q-2', prompt: 'How would you monitor Kafka consumer lag?' })),
          ]}
          onNavigate={() => undefined}
        />
      </MemoryRouter>,
    );

    const [titled, plain] = screen.getAllByRole('link');
    expect(titled).toHaveAccessibleName('Law of Demeter Would you write code violating this principle?');
    expect(within(titled).getByText('Law of Demeter')).toHaveClass('question-label');
    expect(plain).toHaveAccessibleName('How would you monitor Kafka consumer lag?');
    expect(plain.querySelector('.question-label')).toBeNull();
  });

  it('stands above the prompt of a revision', () => {
    const { container } = render(<QuestionRevisionView revision={aRevision({ label: 'Consumer lag' })} />);

    const prompt = screen.getByText('How would you monitor Kafka consumer lag?');
    const label = screen.getByText('Consumer lag');
    expect(label.compareDocumentPosition(prompt) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(container.querySelectorAll('.question-label')).toHaveLength(1);
  });
});
