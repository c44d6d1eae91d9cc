import type { JobDetailFragment } from '../../../generated/graphql';
import { formatInterviewTime } from '../../interviews';
import { ConflictPanel } from '../../ui';

interface JobConflictProps {
  theirs: JobDetailFragment;
  /** The person chose to keep their text: the next save replaces the newer version. */
  keepingMine: boolean;
  onKeepMine: () => void;
  onLoadTheirs: () => void;
}

/** Someone saved the job while this person was editing it: nothing was overwritten, and they choose. */
export function JobConflict({ theirs, keepingMine, onKeepMine, onLoadTheirs }: JobConflictProps) {
  return (
    <ConflictPanel
      headingId="job-conflict-heading"
      heading={keepingMine ? 'Saving again replaces their version' : 'Someone else saved this job while you were editing'}
      keepingMine={keepingMine}
      explanation={
        keepingMine ? (
          'Your changes are unchanged in the form below. Check them against theirs, then save again.'
        ) : (
          <>
            Their version was saved on {formatInterviewTime(theirs.updatedAt)}, so yours was not saved. Everything you changed is still in
            the form below.
          </>
        )
      }
      theirsCaption="Their version"
      theirs={
        <>
          {theirs.title}
          {theirs.team ? ` · ${theirs.team}` : ''} · hiring manager {theirs.hiringManager.name} · {theirs.rounds.length}{' '}
          {theirs.rounds.length === 1 ? 'round' : 'rounds'}
        </>
      }
      keepMineLabel="Keep my changes"
      onKeepMine={onKeepMine}
      onLoadTheirs={onLoadTheirs}
    />
  );
}
