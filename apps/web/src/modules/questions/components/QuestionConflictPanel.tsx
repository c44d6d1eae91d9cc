import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { QuestionFieldsFragment } from '../../../generated/graphql';
import { formatDateTime } from '../../format';
import '../questions.css';

/** A newer revision someone else saved while this person was editing. */
export function QuestionConflictPanel({
  newer,
  basedOnNewer,
  onKeepMine,
  onLoadTheirs,
}: {
  newer: QuestionFieldsFragment;
  basedOnNewer: boolean;
  onKeepMine: () => void;
  onLoadTheirs: () => void;
}) {
  const latest = newer.current;
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The Save button is at the bottom of a long form: bring the news to where the person is looking.
  useEffect(() => {
    headingRef.current?.focus();
  }, [basedOnNewer]);
  return (
    <section className="conflict" role="alert" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading" ref={headingRef} tabIndex={-1}>
        {basedOnNewer
          ? `Your edit now replaces revision ${latest.revision}`
          : `${latest.createdByName ?? 'Someone else'} saved a newer revision`}
      </h2>
      {basedOnNewer ? (
        <p>Your text is unchanged. Check it against their prompt below, then save again to make yours the next revision.</p>
      ) : (
        <p>
          Revision {latest.revision} was saved on {formatDateTime(latest.createdAt)} while you were editing, so yours was not saved.
          Everything you typed is still in the form below.
        </p>
      )}
      <figure className="conflict__theirs">
        <figcaption>Their prompt (revision {latest.revision})</figcaption>
        <blockquote>{latest.prompt}</blockquote>
        {latest.changeNote ? <p className="muted small">Change note: “{latest.changeNote}”</p> : null}
      </figure>
      {basedOnNewer ? null : (
        <div className="conflict__actions">
          <button type="button" className="button button--primary" onClick={onKeepMine}>
            Keep my text
          </button>
          <button type="button" className="button" onClick={onLoadTheirs}>
            Discard mine and load theirs
          </button>
          <Link to={`/bank/questions/${newer.id}`} target="_blank" rel="noreferrer" className="button button--quiet">
            Open their revision in a new tab
          </Link>
        </div>
      )}
    </section>
  );
}
