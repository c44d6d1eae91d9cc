import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { useBoundForm } from '../hooks/useBoundForm';
import type { Problem } from '../utils/describe-error';

interface Values {
  name: string;
  links: string[];
}

function Probe({ problem, onSubmit = () => undefined }: { problem: Problem | null; onSubmit?: () => void }) {
  const [values, setValues] = useState<Values>({ name: 'Ada', links: ['https://a.example'] });
  const { formRef, formError, text, list, submit } = useBoundForm({
    values,
    onChange: setValues,
    onSubmit,
    problem,
    fields: ['name', 'links'],
  });
  const links = list('links');
  return (
    <form ref={formRef} aria-label="Probe" onSubmit={submit}>
      {formError ? <p role="alert">{formError}</p> : null}
      <input aria-label="Name" {...text('name')} />
      <p data-testid="name-error">{text('name').error}</p>
      <button type="button" name={links.name} onClick={() => links.onChange([...links.items, 'https://b.example'])}>
        Add a link ({links.items.length})
      </button>
      <button type="submit">Save</button>
    </form>
  );
}

describe('useBoundForm', () => {
  it('binds a field to its value, its change and its problem, and focuses the field a new problem names', () => {
    const problem: Problem = { code: 'BAD_USER_INPUT', field: 'name', message: 'Enter a name.' };
    const { rerender } = render(<Probe problem={null} />);
    const name = screen.getByRole('textbox', { name: 'Name' });
    expect(name).toHaveValue('Ada');
    fireEvent.change(name, { target: { value: 'Grace' } });
    expect(name).toHaveValue('Grace');
    fireEvent.click(screen.getByRole('button', { name: 'Add a link (1)' }));
    expect(screen.getByRole('button', { name: 'Add a link (2)' })).toBeInTheDocument();

    rerender(<Probe problem={problem} />);
    expect(name).toHaveFocus();
    expect(screen.getByTestId('name-error')).toHaveTextContent('Enter a name.');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a problem of no field for the whole form, and submits without leaving the page', () => {
    const onSubmit = jest.fn();
    render(<Probe problem={{ code: 'CONFLICT', field: null, message: 'Someone changed it meanwhile.' }} onSubmit={onSubmit} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Someone changed it meanwhile.');
    const event = fireEvent.submit(screen.getByRole('form', { name: 'Probe' }));
    expect(event).toBe(false); // default prevented
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });
});
