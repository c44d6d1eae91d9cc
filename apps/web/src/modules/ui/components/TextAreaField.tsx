import type { TextareaHTMLAttributes } from 'react';
import { Field } from './Field';

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: string;
  hint?: string;
  error?: string;
  mono?: boolean;
}

/** A labelled textarea whose hint and error are bound to it with aria-describedby. */
export function TextAreaField({ label, hint, error, mono, className, rows = 3, ...textarea }: TextAreaFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} className={className}>
      {(control) => <textarea rows={rows} className={`input textarea${mono ? ' input--mono' : ''}`} {...control} {...textarea} />}
    </Field>
  );
}
