import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { CandidateRetentionDocument, SetCandidateRetentionDocument, type CandidateRetentionQuery } from '../../../generated/graphql';
import { describeError, messageFor, useFormProblem } from '../../errors';
import { DECISION_LABELS } from '../../panel-scorecards';
import { Alert, CheckboxField, LoadingState, TextField } from '../../ui';
import { formatDate } from '../../format';

export const CANDIDATE_RETENTION_MONTHS = { min: 1, max: 120 } as const;

const FIELDS = ['months'] as const;

const monthsText = (months: number) => (months === 1 ? 'one month' : `${months} months`);

/** The setting in a sentence. */
export function describeCandidateRetention(months: number | null): string {
  return months === null
    ? 'Off: candidates stay until an admin erases them.'
    : `On: candidates are erased ${monthsText(months)} after their last hiring decision, unless they are interviewing again.`;
}

/** A whole number of months within the API's range, or the message to show on the field. */
export function retentionMonthsProblem(text: string): string | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return 'Enter a whole number of months.';
  const months = Number(trimmed);
  if (months < CANDIDATE_RETENTION_MONTHS.min || months > CANDIDATE_RETENTION_MONTHS.max) {
    return `Retention must be between ${CANDIDATE_RETENTION_MONTHS.min} and ${CANDIDATE_RETENTION_MONTHS.max} months.`;
  }
  return null;
}

function RetentionForm({ months }: { months: number | null }) {
  const [enabled, setEnabled] = useState(months !== null);
  const [text, setText] = useState(String(months ?? 24));
  const { formRef, problem, showProblem, formError } = useFormProblem(FIELDS);
  const [saved, setSaved] = useState<string | null>(null);
  // The dry run depends on the setting: ask for it again with the new one.
  const [save, { loading }] = useMutation(SetCandidateRetentionDocument, {
    refetchQueries: [CandidateRetentionDocument],
    awaitRefetchQueries: true,
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    const invalid = enabled ? retentionMonthsProblem(text) : null;
    if (showProblem(invalid ? { code: 'BAD_USER_INPUT', field: 'months', message: invalid } : null)) return;
    try {
      const { data } = await save({ variables: { months: enabled ? Number(text.trim()) : null } });
      if (data) setSaved(data.setCandidateRetention.months === null ? 'Retention switched off.' : 'Retention saved.');
    } catch (error) {
      const described = describeError(error);
      showProblem(described);
    }
  }

  const unchanged = enabled ? months !== null && text.trim() === String(months) : months === null;
  return (
    <form ref={formRef} className="stack form-narrow" onSubmit={(event) => void submit(event)} noValidate aria-label="Candidate retention">
      <p>{describeCandidateRetention(months)}</p>
      <div aria-live="polite">{saved ? <div className="alert alert--success">{saved}</div> : null}</div>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <CheckboxField
        label="Erase candidates automatically after their last decision"
        hint="An hourly job erases them exactly as an admin would: personal data and notes go, anonymous ratings stay. Every run is in the audit trail."
        checked={enabled}
        onChange={(event) => setEnabled(event.target.checked)}
      />
      {enabled ? (
        <TextField
          label="Months after the last decision"
          name="months"
          type="number"
          inputMode="numeric"
          min={CANDIDATE_RETENTION_MONTHS.min}
          max={CANDIDATE_RETENTION_MONTHS.max}
          step={1}
          hint={`${CANDIDATE_RETENTION_MONTHS.min} to ${CANDIDATE_RETENTION_MONTHS.max} months.`}
          value={text}
          onChange={(event) => setText(event.target.value)}
          error={messageFor(problem, 'months')}
        />
      ) : null}
      <div>
        <button type="submit" className="button button--primary" disabled={loading || unchanged}>
          {loading ? 'Saving…' : 'Save retention'}
        </button>
      </div>
    </form>
  );
}

type Due = CandidateRetentionQuery['candidateRetentionPreview'][number];

/** Why someone is due: their last decision, and when the period after it ended. */
export function dueReason(due: Due, months: number | null): string {
  const decision = DECISION_LABELS[due.lastDecision];
  const period = months === null ? 'the retention period' : monthsText(months);
  return `Last decision “${decision}” on ${formatDate(due.lastDecisionAt)}; ${period} passed on ${formatDate(due.dueSince)}.`;
}

function RetentionPreview({ months, due }: { months: number | null; due: readonly Due[] }) {
  return (
    <section className="stack" aria-labelledby="retention-preview-heading">
      <h4 id="retention-preview-heading">Due at the next run</h4>
      {months === null ? (
        <p className="muted">Retention is off, so nobody is erased automatically.</p>
      ) : due.length === 0 ? (
        <p className="muted">Nobody: no candidate’s last decision is older than {monthsText(months)}.</p>
      ) : (
        <>
          <p className="muted small">
            A dry run: the next hourly run erases {due.length === 1 ? 'this candidate' : `these ${due.length} candidates`}, oldest decision
            first
            {due.length >= 200 ? ' (at most 200 a run; the rest follow an hour later)' : ''}. Export anyone’s data first if you need it.
          </p>
          <div className="table-wrap">
            <table className="table table--compact" data-testid="retention-preview">
              <caption className="visually-hidden">Candidates the next retention run erases</caption>
              <thead>
                <tr>
                  <th scope="col">Candidate</th>
                  <th scope="col">Why</th>
                </tr>
              </thead>
              <tbody>
                {due.map((entry) => (
                  <tr key={entry.candidateId}>
                    <th scope="row">
                      <Link to={`/candidates/${entry.candidateId}`}>{entry.name}</Link>
                    </th>
                    <td>{dueReason(entry, months)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

/** Candidate retention: the setting and its dry run (a section of the Settings page). */
export function CandidateRetentionSettings() {
  const { data, error, loading } = useQuery(CandidateRetentionDocument, { fetchPolicy: 'cache-and-network' });
  if (!data)
    return loading ? <LoadingState label="Loading candidate retention…" /> : <Alert tone="error">{describeError(error).message}</Alert>;
  const months = data.candidateRetention.months ?? null;
  return (
    <div className="stack">
      <RetentionForm months={months} />
      <RetentionPreview months={months} due={data.candidateRetentionPreview} />
    </div>
  );
}
