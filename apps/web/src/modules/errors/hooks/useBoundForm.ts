import { useEffect, useRef, type ChangeEvent, type FormEvent } from 'react';
import { formLevelMessage, messageFor, type Problem } from '../utils/problem';

type KeysWith<Values, Type> = { [Key in keyof Values]: Values[Key] extends Type ? Key : never }[keyof Values] & string;

interface BoundFormOptions<Values> {
  values: Values;
  onChange: (values: Values) => void;
  onSubmit: () => void;
  /** The problem on show; its owner (the form's parent) decides when it changes. */
  problem: Problem | null;
  /** The form's field names: a problem naming none of them is shown for the form as a whole. */
  fields: readonly string[];
}

/**
 * The frame of a form whose values and problem its parent holds: focus moves to the field a new problem
 * names, the form-level message, a submit handler that stays on the page, and the props that bind a field
 * (by its name) to its value, its change and its problem.
 *
 * Give the returned `formRef` to the `<form>`; fields are found by their `name`.
 */
export function useBoundForm<Values extends object>({ values, onChange, onSubmit, problem, fields }: BoundFormOptions<Values>) {
  const formRef = useRef<HTMLFormElement>(null);

  // Take the person to the field the server (or the local check) complained about.
  useEffect(() => {
    if (problem?.field) formRef.current?.querySelector<HTMLElement>(`[name="${problem.field}"]`)?.focus();
  }, [problem]);

  const set = <Key extends keyof Values>(key: Key, value: Values[Key]) => onChange({ ...values, [key]: value });

  /** Props for a TextField, TextAreaField or SelectField holding a string. */
  const text = <Key extends KeysWith<Values, string>>(name: Key) => ({
    name,
    value: values[name] as string,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
      set(name, event.target.value as Values[Key]),
    error: messageFor(problem, name),
  });

  /** Props for a ListEditor holding a list of strings. */
  const list = <Key extends KeysWith<Values, string[]>>(name: Key) => ({
    name,
    items: values[name] as string[],
    onChange: (items: string[]) => set(name, items as Values[Key]),
    error: messageFor(problem, name),
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit();
  }

  return { formRef, formError: formLevelMessage(problem, fields), set, text, list, submit };
}
