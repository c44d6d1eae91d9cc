import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { AuditSettingsDocument, SetAuditRetentionDocument } from '../../../generated/graphql';
import { describeError, messageFor, useFormProblem } from '../../errors';
import { Alert, TextField } from '../../ui';

export const AUDIT_RETENTION_DAYS = { min: 30, max: 3650 } as const;

const FIELDS = ['days'] as const;

/** "730 days (about 2 years)". */
export function describeRetentionDays(days: number): string {
  const years = days / 365;
  if (days >= 365 && Math.abs(years - Math.round(years)) < 0.02)
    return `${days} days (about ${Math.round(years)} year${Math.round(years) === 1 ? '' : 's'})`;
  return `${days} days`;
}

/** A whole number of days within the API's range, or the message to show on the field. */
export function retentionDaysProblem(text: string): string | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return 'Enter a whole number of days.';
  const days = Number(trimmed);
  if (days < AUDIT_RETENTION_DAYS.min || days > AUDIT_RETENTION_DAYS.max)
    return `Retention must be between ${AUDIT_RETENTION_DAYS.min} and ${AUDIT_RETENTION_DAYS.max} days.`;
  return null;
}

/** How long the audit trail is kept; an hourly job removes older events (and records that it did). */
export function AuditRetentionForm({ retentionDays }: { retentionDays: number }) {
  const [text, setText] = useState(String(retentionDays));
  const { formRef, problem, showProblem, formError } = useFormProblem(FIELDS);
  const [saved, setSaved] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SetAuditRetentionDocument, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: AuditSettingsDocument, data: { auditSettings: data.setAuditRetention } });
    },
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    const invalid = retentionDaysProblem(text);
    if (showProblem(invalid ? { code: 'BAD_USER_INPUT', field: 'days', message: invalid } : null)) return;
    try {
      const { data } = await save({ variables: { days: Number(text.trim()) } });
      if (data) {
        setText(String(data.setAuditRetention.retentionDays));
        setSaved(`Audit events are now kept for ${describeRetentionDays(data.setAuditRetention.retentionDays)}.`);
      }
    } catch (error) {
      const described = describeError(error);
      showProblem(described);
    }
  }

  return (
    <form
      ref={formRef}
      className="stack form-narrow"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label="Audit trail retention"
    >
      <div aria-live="polite">{saved ? <div className="alert alert--success">{saved}</div> : null}</div>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <TextField
        label="Keep audit events for (days)"
        name="days"
        type="number"
        inputMode="numeric"
        min={AUDIT_RETENTION_DAYS.min}
        max={AUDIT_RETENTION_DAYS.max}
        step={1}
        hint={`${AUDIT_RETENTION_DAYS.min} to ${AUDIT_RETENTION_DAYS.max} days. Now ${describeRetentionDays(retentionDays)}; older events are removed within the hour.`}
        value={text}
        onChange={(event) => setText(event.target.value)}
        error={messageFor(problem, 'days')}
      />
      <div>
        <button type="submit" className="button button--primary" disabled={loading || text.trim() === String(retentionDays)}>
          {loading ? 'Saving…' : 'Save retention'}
        </button>
      </div>
    </form>
  );
}
