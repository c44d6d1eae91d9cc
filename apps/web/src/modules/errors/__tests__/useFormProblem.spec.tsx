import { act, render, screen } from '@testing-library/react';
import { useEffect } from 'react';
import { useFormProblem } from '../hooks/useFormProblem';
import type { Problem } from '../utils/describe-error';

type Show = (problem: Problem | null) => boolean;

function Form({ onReady }: { onReady: (show: Show) => void }) {
  const { formRef, problem, showProblem, formError } = useFormProblem(['name']);
  useEffect(() => onReady(showProblem), [onReady, showProblem]);
  return (
    <form ref={formRef} aria-label="Probe">
      {formError ? <p role="alert">{formError}</p> : null}
      <input name="other" aria-label="Other" />
      <input name="name" aria-label="Name" aria-invalid={problem?.field === 'name' || undefined} />
    </form>
  );
}

describe('useFormProblem', () => {
  it('focuses the field a problem names and keeps it off the form-level message', () => {
    let show: Show = () => false;
    render(<Form onReady={(ready) => (show = ready)} />);
    let stopped = false;
    act(() => {
      stopped = show({ code: 'BAD_USER_INPUT', field: 'name', message: 'Enter a name.' });
    });
    expect(stopped).toBe(true);
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveFocus();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a problem of no field of the form for the whole form, and clears it', () => {
    let show: Show = () => false;
    render(<Form onReady={(ready) => (show = ready)} />);
    act(() => {
      show({ code: 'CONFLICT', field: null, message: 'Someone changed it meanwhile.' });
    });
    expect(screen.getByRole('alert')).toHaveTextContent('Someone changed it meanwhile.');
    let stopped = true;
    act(() => {
      stopped = show(null);
    });
    expect(stopped).toBe(false);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
