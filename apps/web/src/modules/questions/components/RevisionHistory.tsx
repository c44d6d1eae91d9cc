import { Link } from 'react-router';
import type { QuestionFieldsFragment } from '../../../generated/graphql';
import { formatDateTime } from '../../format';
import '../questions.css';

interface RevisionHistoryProps {
  question: Pick<QuestionFieldsFragment, 'id' | 'currentRevision' | 'revisions'>;
  /** The revision on screen. */
  shownRevisionId: string;
}

/** Every revision, newest first; an old one opens read-only. */
export function RevisionHistory({ question, shownRevisionId }: RevisionHistoryProps) {
  return (
    <section className="side-section" aria-labelledby="history-heading">
      <h2 id="history-heading" className="side-section__title">
        Revision history
      </h2>
      <ol className="history">
        {question.revisions.map((revision) => {
          const current = revision.revision === question.currentRevision;
          const shown = revision.id === shownRevisionId;
          return (
            <li key={revision.id} className={`history__item${shown ? ' is-shown' : ''}`} aria-current={shown ? 'true' : undefined}>
              <div className="history__title">
                {shown ? (
                  <span className="history__name">Revision {revision.revision}</span>
                ) : (
                  <Link
                    className="history__name"
                    to={current ? `/bank/questions/${question.id}` : `/bank/questions/${question.id}?revision=${revision.id}`}
                  >
                    Revision {revision.revision}
                  </Link>
                )}
                {current ? <span className="tag">Current</span> : null}
              </div>
              <p className="history__meta">
                {revision.createdByName ?? 'Imported'} · <time dateTime={revision.createdAt}>{formatDateTime(revision.createdAt)}</time>
              </p>
              {revision.changeNote ? <p className="history__note">“{revision.changeNote}”</p> : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
