import { useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { EraseCandidateDocument, type EraseCandidateMutation } from '../../../generated/graphql';
import { describeError, formLevelMessage, messageFor, type Problem } from '../../errors';
import { Alert, TextField } from '../../ui';

const FIELDS = ['confirmName'] as const;

export type ErasedCandidate = EraseCandidateMutation['eraseCandidate'];

interface EraseCandidateDialogProps {
  candidate: { id: string; name: string };
  onErased: (erased: ErasedCandidate) => void;
  onCancel: () => void;
}

/**
 * "Erase candidate…": a modal dialog that says what goes and what stays, and asks for the person's
 * name typed out. The API compares the name (case and spacing aside) and says so on the field.
 * A native <dialog>: focus stays inside, Escape cancels, and the page behind is inert.
 */
export function EraseCandidateDialog({ candidate, onErased, onCancel }: EraseCandidateDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const explanationId = useId();
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [erase, { loading }] = useMutation(EraseCandidateDocument);
  const focusName = () => dialogRef.current?.querySelector<HTMLInputElement>('[name="confirmName"]')?.focus();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return undefined;
    // jsdom has no showModal; there the dialog is simply open.
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal();
    } else {
      dialog.setAttribute('open', '');
    }
    dialog.querySelector<HTMLInputElement>('[name="confirmName"]')?.focus();
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
    };
  }, []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!typed.trim()) {
      setProblem({ code: 'BAD_USER_INPUT', field: 'confirmName', message: 'Type the candidate’s name to confirm the erasure.' });
      focusName();
      return;
    }
    setProblem(null);
    try {
      const { data } = await erase({
        variables: { input: { candidateId: candidate.id, confirmName: typed } },
        update(cache, { data: result }) {
          if (!result) return;
          // Nothing of the person stays in this tab: their cached details go, lists ask the server again.
          cache.evict({ id: cache.identify({ __typename: 'Candidate', id: candidate.id }) });
          cache.evict({ fieldName: 'candidates' });
          cache.evict({ fieldName: 'jobComparison' });
          cache.gc();
        },
      });
      if (data) onErased(data.eraseCandidate);
    } catch (error) {
      const described = describeError(error);
      setProblem(described);
      if (described.field === 'confirmName') focusName();
    }
  }

  const formError = formLevelMessage(problem, FIELDS);
  return (
    <dialog
      ref={dialogRef}
      className="dialog dialog--danger"
      aria-labelledby={headingId}
      aria-describedby={explanationId}
      onCancel={(event) => {
        // Escape: cancel, unless the erasure is already on its way.
        event.preventDefault();
        if (!loading) onCancel();
      }}
    >
      <form className="dialog__body" onSubmit={(event) => void submit(event)} noValidate>
        <h2 id={headingId}>Erase {candidate.name}?</h2>
        <div id={explanationId} className="dialog__explanation">
          <p>This cannot be undone. If they asked for a copy of their data, export it first.</p>
        </div>
        <div className="erase-scope">
          <div>
            <h3>Erased</h3>
            <ul>
              <li>Their name, email and links (replaced by “Erased candidate” and the start of their id)</li>
              <li>Every note, summary and amendment reason in their scorecards, including earlier revisions</li>
              <li>The rationale of hiring decisions about them</li>
              <li>Anything in the audit trail that names them</li>
            </ul>
          </div>
          <div>
            <h3>Kept, without the person</h3>
            <ul>
              <li>Ratings and recommendations, as anonymous numbers, so interviewers’ calibration and panel reliability do not change</li>
              <li>Decision outcomes and dates, interview dates and scorecard statuses</li>
              <li>An audit entry that an erasure happened, by whom and when, without their name</li>
            </ul>
          </div>
        </div>
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        <TextField
          label="Type the candidate’s name to confirm"
          name="confirmName"
          autoComplete="off"
          spellCheck={false}
          hint={`Type “${candidate.name}” exactly as shown.`}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          error={messageFor(problem, 'confirmName')}
        />
        <div className="form-actions">
          <button type="submit" className="button button--danger" disabled={loading} aria-busy={loading || undefined}>
            {loading ? 'Erasing…' : 'Erase candidate'}
          </button>
          <button type="button" className="button button--quiet" onClick={onCancel} disabled={loading}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
