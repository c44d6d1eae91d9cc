import type { InputHTMLAttributes } from 'react';
import { Field } from './Field';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  /** Shown under the input while there is no error. */
  hint?: string;
  /** Shown next to the input; marks it invalid for assistive technology. */
  error?: string;
}

/** A labelled input whose hint and error are bound to it with aria-describedby. */
export function TextField({ label, hint, error, className, ...input }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} className={className}>
      {(control) => <input className="input" {...control} {...input} />}
    </Field>
  );
}
