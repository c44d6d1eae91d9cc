import { Link } from 'react-router';
import type { QuestionFieldsFragment } from '../../../generated/graphql';
import { formatDateTime } from '../../format';
import { ConflictPanel } from '../../ui';
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
  return (
    <ConflictPanel
      headingId="conflict-heading"
      heading={
        basedOnNewer
          ? `Your edit now replaces revision ${latest.revision}`
          : `${latest.createdByName ?? 'Someone else'} saved a newer revision`
      }
      keepingMine={basedOnNewer}
      explanation={
        basedOnNewer ? (
          'Your text is unchanged. Check it against their prompt below, then save again to make yours the next revision.'
        ) : (
          <>
            Revision {latest.revision} was saved on {formatDateTime(latest.createdAt)} while you were editing, so yours was not saved.
            Everything you typed is still in the form below.
          </>
        )
      }
      theirsCaption={`Their prompt (revision ${latest.revision})`}
      theirs={latest.prompt}
      theirsNote={latest.changeNote ? <p className="muted small">Change note: “{latest.changeNote}”</p> : null}
      keepMineLabel="Keep my text"
      onKeepMine={onKeepMine}
      onLoadTheirs={onLoadTheirs}
      moreActions={
        <Link to={`/bank/questions/${newer.id}`} target="_blank" rel="noreferrer" className="button button--quiet">
          Open their revision in a new tab
        </Link>
      }
    />
  );
}
