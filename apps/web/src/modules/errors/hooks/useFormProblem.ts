import { useCallback, useRef, useState } from 'react';
import { formLevelMessage, type Problem } from '../utils/problem';

/**
 * The frame every form puts around its one problem: the problem on show (from a local check or from the
 * API), focus moved to the field it names so a keyboard or screen-reader user lands on it, and the
 * message for the form as a whole when the problem names none of the form's fields.
 *
 * Give the returned `formRef` to the `<form>`; fields are found by their `name`.
 */
export function useFormProblem(fields: readonly string[]) {
  const formRef = useRef<HTMLFormElement>(null);
  const [problem, setProblem] = useState<Problem | null>(null);

  /** Shows a problem (null clears it) and focuses its field. True when there is a problem, to stop a submit. */
  const showProblem = useCallback((next: Problem | null): next is Problem => {
    setProblem(next);
    if (next?.field) formRef.current?.querySelector<HTMLElement>(`[name="${next.field}"]`)?.focus();
    return next !== null;
  }, []);

  return { formRef, problem, showProblem, formError: formLevelMessage(problem, fields) };
}
