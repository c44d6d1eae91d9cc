import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { ListEditor } from '../../questions';
import { formLevelMessage, messageFor, type Problem } from '../../errors';
import { Alert, TextField } from '../../ui';
import { CANDIDATE_FIELDS, type CandidateFormValues } from '../utils/candidate-form';

interface CandidateFormProps {
  label: string;
  values: CandidateFormValues;
  onChange: (values: CandidateFormValues) => void;
  onSubmit: () => void;
  problem: Problem | null;
  saving: boolean;
  submitLabel: string;
  /** Extra buttons after the submit button, e.g. Cancel. */
  actions?: ReactNode;
  /** Shown under the name and email, e.g. a possible duplicate. */
  notice?: ReactNode;
}

/** Name, email and links of a candidate: personal data, shown to loop managers only. */
export function CandidateForm({ label, values, onChange, onSubmit, problem, saving, submitLabel, actions, notice }: CandidateFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const set = <K extends keyof CandidateFormValues>(key: K, value: CandidateFormValues[K]) => onChange({ ...values, [key]: value });
  const formError = formLevelMessage(problem, CANDIDATE_FIELDS);

  useEffect(() => {
    if (problem?.field) formRef.current?.querySelector<HTMLElement>(`[name="${problem.field}"]`)?.focus();
  }, [problem]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit();
  }

  return (
    <form ref={formRef} className="candidate-form" onSubmit={submit} noValidate aria-label={label}>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <div className="form-grid">
        <TextField
          label="Name"
          name="name"
          autoComplete="off"
          maxLength={200}
          value={values.name}
          onChange={(event) => set('name', event.target.value)}
          error={messageFor(problem, 'name')}
        />
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="off"
          maxLength={320}
          value={values.email}
          onChange={(event) => set('email', event.target.value)}
          error={messageFor(problem, 'email')}
        />
      </div>
      {notice}
      <ListEditor
        label="Links (optional)"
        itemLabel="Link"
        name="links"
        addLabel="Add a link"
        hint="Profile, portfolio or CV, as full addresses (https://…). Enter adds a row."
        items={values.links}
        onChange={(links) => set('links', links)}
        error={messageFor(problem, 'links')}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? 'Saving…' : submitLabel}
        </button>
        {actions}
      </div>
    </form>
  );
}
