import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { ArchiveQuestionDocument, RestoreQuestionDocument, type QuestionFieldsFragment } from '../../../generated/graphql';
import { describeError } from '../../errors';
import { Alert } from '../../ui';
import '../questions.css';

/** Edit and Archive (with a confirmation) for an active question; Restore for an archived one. */
export function QuestionStatusActions({ question }: { question: QuestionFieldsFragment }) {
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [archive, { loading: archiving }] = useMutation(ArchiveQuestionDocument);
  const [restore, { loading: restoring }] = useMutation(RestoreQuestionDocument);
  const busy = archiving || restoring;

  async function run(action: () => Promise<unknown>) {
    setProblem(null);
    try {
      await action();
      setConfirming(false);
    } catch (error) {
      setProblem(describeError(error).message);
    }
  }

  return (
    <div className="page__actions">
      {question.status === 'ACTIVE' ? (
        <>
          <Link to={`/bank/questions/${question.id}/edit`} className="button button--primary">
            Edit
          </Link>
          {confirming ? (
            <span className="confirm" role="group" aria-label="Confirm archiving">
              <span className="confirm__question">Archive? It leaves the bank; its history stays.</span>
              <button
                type="button"
                className="button button--small button--danger"
                disabled={busy}
                onClick={() => void run(() => archive({ variables: { id: question.id } }))}
              >
                Yes, archive
              </button>
              <button type="button" className="button button--small button--quiet" onClick={() => setConfirming(false)}>
                Cancel
              </button>
            </span>
          ) : (
            <button type="button" className="button button--quiet-danger" onClick={() => setConfirming(true)}>
              Archive
            </button>
          )}
        </>
      ) : (
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void run(() => restore({ variables: { id: question.id } }))}
        >
          {restoring ? 'Restoring…' : 'Restore to the bank'}
        </button>
      )}
      {problem ? <Alert tone="error">{problem}</Alert> : null}
    </div>
  );
}
