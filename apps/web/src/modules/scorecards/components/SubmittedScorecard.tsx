import { useState } from 'react';
import type { InterviewModeFieldsFragment, InterviewModeScorecardFieldsFragment } from '../../../generated/graphql';
import { formatDateTime } from '../../format';
import { Alert } from '../../ui';
import { changeBetween, draftFromScorecard } from '../utils/draft-fields';
import { browserStorage, clearPending, readPending } from '../utils/pending-store';
import { AmendForm } from './AmendForm';
import { InterviewHeader } from './InterviewHeader';
import { SaveStatusIndicator } from './SaveStatusIndicator';
import { ScorecardHistory } from './ScorecardHistory';
import { ScorecardReadOnly } from './ScorecardReadOnly';

interface SubmittedScorecardProps {
  interview: InterviewModeFieldsFragment;
  scorecard: InterviewModeScorecardFieldsFragment;
}

/** Changes this device kept that never reached the server before the scorecard was submitted (e.g. from another tab). */
function useLeftoverChanges(scorecardId: string, submitted: ReturnType<typeof draftFromScorecard>) {
  const [leftover, setLeftover] = useState(() => {
    const record = readPending(browserStorage(), scorecardId);
    return record && changeBetween(submitted, record.local) ? record.local : null;
  });
  const discard = () => {
    clearPending(browserStorage(), scorecardId);
    setLeftover(null);
  };
  return { leftover, discard };
}

/** The scorecard after submission: locked and read-only, with Amend and the revision history. */
export function SubmittedScorecard({ interview, scorecard }: SubmittedScorecardProps) {
  const submitted = draftFromScorecard(scorecard);
  const [amending, setAmending] = useState<'submitted' | 'leftover' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { leftover, discard } = useLeftoverChanges(scorecard.id, submitted);

  return (
    <div className="page im-page im-page--locked">
      <InterviewHeader interview={interview}>
        <SaveStatusIndicator status="saved" />
      </InterviewHeader>

      <div className="alert alert--success im-locked" data-testid="scorecard-locked">
        <p>
          <strong>Submitted{scorecard.submittedAt ? ` on ${formatDateTime(scorecard.submittedAt)}` : ''}.</strong> The scorecard is locked
          {scorecard.revision > 1 ? ` (revision ${scorecard.revision})` : ''}; an amendment needs a reason and keeps the history.
        </p>
        {amending ? null : (
          <button type="button" className="button button--small" onClick={() => setAmending('submitted')}>
            Amend
          </button>
        )}
      </div>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {leftover && !amending ? (
        <div className="alert alert--warning im-notice" role="alert">
          <p>This device kept changes that were not saved before the scorecard was submitted.</p>
          <div className="conflict__actions">
            <button type="button" className="button button--small" onClick={() => setAmending('leftover')}>
              Amend with them
            </button>
            <button type="button" className="button button--small button--quiet" onClick={discard}>
              Discard them
            </button>
          </div>
        </div>
      ) : null}

      {amending ? (
        <AmendForm
          kit={interview.kit}
          scorecardId={scorecard.id}
          version={scorecard.version}
          submitted={submitted}
          initial={amending === 'leftover' && leftover ? leftover : submitted}
          onCancel={() => setAmending(null)}
          onDone={(revision) => {
            if (amending === 'leftover') discard();
            setAmending(null);
            setNotice(`Amendment saved as revision ${revision}.`);
          }}
        />
      ) : (
        <ScorecardReadOnly kit={interview.kit} draft={submitted} />
      )}

      <ScorecardHistory scorecardId={scorecard.id} />
    </div>
  );
}
