import { Link } from 'react-router';
import type { QuestionFieldsFragment, QuestionRevisionFieldsFragment } from '../../../generated/graphql';
import { formatDateTime } from '../../format';
import '../questions.css';

/** Viewing an earlier revision: which one, who saved it, and the way back to the current one. */
export function OldRevisionBanner({
  question,
  revision,
}: {
  question: QuestionFieldsFragment;
  revision: QuestionRevisionFieldsFragment | null | undefined;
}) {
  return (
    <div className="alert alert--warning revision-banner" role="status">
      <span>
        {revision ? (
          <>
            You are viewing <strong>revision {revision.revision}</strong> of {question.currentRevision}, saved by{' '}
            {revision.createdByName ?? 'an import'} on {formatDateTime(revision.createdAt)}. It is read-only.
          </>
        ) : (
          'Loading the earlier revision…'
        )}
      </span>
      <Link to={`/bank/questions/${question.id}`} className="button button--small">
        Back to the current revision
      </Link>
    </div>
  );
}
