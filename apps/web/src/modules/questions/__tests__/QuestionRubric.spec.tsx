import { render, screen, within } from '@testing-library/react';
import { QuestionRubric, type RubricRevision } from '../components/QuestionRubric';
import { RichText } from '../components/RichText';

const revision = (rubric: Partial<RubricRevision['rubric']>, followUps: string[] = []): RubricRevision => ({
  followUps,
  rubric: {
    referenceAnswer: null,
    lookFor: [],
    redFlags: [],
    whatToExpect: null,
    interviewerGuidance: null,
    sampleAnswer: null,
    ...rubric,
  },
});

describe('QuestionRubric', () => {
  it('shows points, follow-ups, guidance and the sample answer, and no box for an empty field', () => {
    render(
      <QuestionRubric
        revision={revision(
          {
            lookFor: ['Names `idempotency` keys'],
            referenceAnswer: 'Retries are safe when the handler is idempotent.',
            interviewerGuidance: 'A good candidate mentions duplicate deliveries.',
            sampleAnswer: 'We stored a key per request.',
          },
          ['What if the key store is down?'],
        )}
      />,
    );
    const lookFor = screen.getByRole('region', { name: 'Look for' });
    expect(within(lookFor).getByText('idempotency').tagName).toBe('CODE');
    expect(screen.queryByRole('region', { name: 'Red flags' })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Follow-up questions' })).toHaveTextContent('What if the key store is down?');
    expect(screen.getByRole('region', { name: 'Reference answer' })).toHaveTextContent('Retries are safe');
    expect(screen.getByRole('region', { name: 'Interviewer guidance' })).toHaveTextContent('duplicate deliveries');
    expect(screen.queryByRole('region', { name: 'What to expect' })).not.toBeInTheDocument();
    expect(screen.getByText('Sample answer').closest('details')).not.toHaveAttribute('open');
  });

  it('opens the sample answer for print, where a closed disclosure would print as its title', () => {
    render(<QuestionRubric revision={revision({ sampleAnswer: 'We stored a key per request.' })} printable />);
    expect(screen.getByText('Sample answer').closest('details')).toHaveAttribute('open');
  });

  it('says so when the question has no rubric at all', () => {
    render(<QuestionRubric revision={revision({})} />);
    expect(screen.getByText(/This question has no rubric/)).toBeInTheDocument();
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });
});

describe('RichText', () => {
  it('renders fenced code as a code block, inline code, lists and tables', () => {
    const { container } = render(
      <RichText
        text={[
          'Use `EXPLAIN` first:',
          '',
          '```sql',
          'CREATE INDEX ON orders (customer_id);',
          '```',
          '',
          '- covers the filter',
          '- covers the sort',
          '',
          '| Store | Use |',
          '| --- | --- |',
          '| Redis | cache |',
        ].join('\n')}
      />,
    );
    const block = container.querySelector('pre.code-block > code');
    expect(block).toHaveTextContent('CREATE INDEX ON orders (customer_id);');
    expect(block).toHaveClass('language-sql');
    expect(screen.getByText('EXPLAIN').tagName).toBe('CODE');
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['covers the filter', 'covers the sort']);
    expect(screen.getByRole('table')).toHaveClass('table');
    expect(screen.getByRole('cell', { name: 'Redis' })).toBeInTheDocument();
  });

  it('keeps HTML and script links in a reference answer inert', () => {
    const { container } = render(
      <RichText
        text={
          '<script>window.hacked = true</script>\n\n<img src=x onerror="window.hacked = true">\n\n[click](javascript:alert(1)) and [docs](https://example.com)'
        }
      />,
    );
    expect(container.querySelector('script, img')).toBeNull();
    expect(container).toHaveTextContent('<script>window.hacked = true</script>');
    const links = screen.getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://example.com']);
    expect(links[0]).toHaveAttribute('rel', 'noopener noreferrer');
    expect(container).toHaveTextContent('[click](javascript:alert(1))');
  });
});
