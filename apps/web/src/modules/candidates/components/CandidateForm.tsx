import type { ReactNode } from 'react';
import { ListEditor } from '../../questions';
import { useBoundForm, type Problem } from '../../errors';
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
}

/** Name, email and links of a candidate: personal data, shown to loop managers only. */
export function CandidateForm({ label, values, onChange, onSubmit, problem, saving, submitLabel, actions }: CandidateFormProps) {
  const { formRef, formError, text, list, submit } = useBoundForm({ values, onChange, onSubmit, problem, fields: CANDIDATE_FIELDS });

  return (
    <form ref={formRef} className="candidate-form" onSubmit={submit} noValidate aria-label={label}>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <div className="form-grid">
        <TextField label="Name" autoComplete="off" maxLength={200} {...text('name')} />
        <TextField label="Email" type="email" autoComplete="off" maxLength={320} {...text('email')} />
      </div>
      <ListEditor
        label="Links (optional)"
        itemLabel="Link"
        addLabel="Add a link"
        hint="Profile, portfolio or CV, as full addresses (https://…). Enter adds a row."
        {...list('links')}
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
