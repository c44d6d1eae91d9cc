import { useEffect, useRef } from 'react';
import type { JobDetailFragment } from '../../../generated/graphql';
import { formatInterviewTime } from '../../interviews';

interface JobConflictProps {
  theirs: JobDetailFragment;
  /** The person chose to keep their text: the next save replaces the newer version. */
  keepingMine: boolean;
  onKeepMine: () => void;
  onLoadTheirs: () => void;
}

/** Someone saved the job while this person was editing it: nothing was overwritten, and they choose. */
export function JobConflict({ theirs, keepingMine, onKeepMine, onLoadTheirs }: JobConflictProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, [keepingMine]);
  return (
    <section className="conflict" role="alert" aria-labelledby="job-conflict-heading">
      <h2 id="job-conflict-heading" ref={headingRef} tabIndex={-1}>
        {keepingMine ? 'Saving again replaces their version' : 'Someone else saved this job while you were editing'}
      </h2>
      {keepingMine ? (
        <p>Your changes are unchanged in the form below. Check them against theirs, then save again.</p>
      ) : (
        <p>
          Their version was saved on {formatInterviewTime(theirs.updatedAt)}, so yours was not saved. Everything you changed is still in the
          form below.
        </p>
      )}
      <figure className="conflict__theirs">
        <figcaption>Their version</figcaption>
        <blockquote>
          {theirs.title}
          {theirs.team ? ` · ${theirs.team}` : ''} · hiring manager {theirs.hiringManager.name} · {theirs.rounds.length}{' '}
          {theirs.rounds.length === 1 ? 'round' : 'rounds'}
        </blockquote>
      </figure>
      {keepingMine ? null : (
        <div className="conflict__actions">
          <button type="button" className="button button--primary" onClick={onKeepMine}>
            Keep my changes
          </button>
          <button type="button" className="button" onClick={onLoadTheirs}>
            Discard mine and load theirs
          </button>
        </div>
      )}
    </section>
  );
}
