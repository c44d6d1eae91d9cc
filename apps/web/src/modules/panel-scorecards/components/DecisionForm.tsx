import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { HiringDecisionKind } from '../../../generated/graphql';
import { formLevelMessage, messageFor } from '../../errors';
import { Alert, TextAreaField } from '../../ui';
import { useRecordDecision } from '../hooks/useRecordDecision';
import { DECISION_LABELS, DECISION_ORDER } from '../utils/format-figures';

const FIELDS = ['decision', 'rationale'] as const;

/** Hire / No hire / Hold with a required rationale; the server's field errors show beside the fields. */
export function DecisionForm({ loopId, onRecorded }: { loopId: string; onRecorded: (message: string) => void }) {
  const { submit, saving, problem } = useRecordDecision(loopId);
  const [decision, setDecision] = useState<HiringDecisionKind | null>(null);
  const [rationale, setRationale] = useState('');
  const [localErrors, setLocalErrors] = useState<{ decision?: string; rationale?: string }>({});
  const groupId = useId();
  const formRef = useRef<HTMLFormElement>(null);

  const decisionError = localErrors.decision ?? messageFor(problem, 'decision');
  const rationaleError = localErrors.rationale ?? messageFor(problem, 'rationale');
  const formError = formLevelMessage(problem, FIELDS);

  // After the server refuses, move focus to the field it named (or the form's alert) once it is shown.
  useEffect(() => {
    if (problem) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [role="alert"]')?.focus();
  }, [problem]);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const errors = {
      decision: decision ? undefined : 'Choose Hire, No hire or Hold.',
      rationale: rationale.trim() ? undefined : 'Write the rationale for the decision: it is kept in the audit trail.',
    };
    setLocalErrors(errors);
    if (!decision || errors.rationale) {
      formRef.current?.querySelector<HTMLElement>(errors.decision ? 'input[type="radio"]' : 'textarea')?.focus();
      return;
    }
    if (await submit(decision, rationale.trim())) {
      onRecorded(`Decision recorded: ${DECISION_LABELS[decision]}.`);
      setDecision(null);
      setRationale('');
    }
  }

  return (
    <form
      ref={formRef}
      className="decision-form"
      aria-label="Record the hiring decision"
      noValidate
      onSubmit={(event) => void onSubmit(event)}
    >
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <fieldset className="decision-form__choices" aria-describedby={decisionError ? `${groupId}-error` : undefined}>
        <legend className="field__label">Decision</legend>
        {DECISION_ORDER.map((kind) => (
          <label key={kind} className={`decision-choice${decision === kind ? ' is-chosen' : ''}`}>
            <input
              type="radio"
              name={`${groupId}-decision`}
              value={kind}
              checked={decision === kind}
              aria-invalid={decisionError ? true : undefined}
              onChange={() => setDecision(kind)}
            />
            {DECISION_LABELS[kind]}
          </label>
        ))}
        {decisionError ? (
          <p id={`${groupId}-error`} className="field__error">
            {decisionError}
          </p>
        ) : null}
      </fieldset>
      <TextAreaField
        label="Rationale"
        hint="Why, in a few sentences (10 to 5000 characters). It is kept in the audit trail and cannot be edited."
        rows={4}
        value={rationale}
        required
        error={rationaleError}
        onChange={(event) => setRationale(event.target.value)}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? 'Recording…' : 'Record decision'}
        </button>
      </div>
    </form>
  );
}
