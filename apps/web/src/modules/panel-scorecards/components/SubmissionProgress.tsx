import type { PanelMissingFieldsFragment } from '../../../generated/graphql';
import { FIGURE_EXPLANATIONS } from '../utils/figure-explanations';
import { FigureName } from './FigureLegend';

interface SubmissionProgressProps {
  submitted: number;
  expected: number;
  missing: readonly PanelMissingFieldsFragment[];
  /** Who has submitted; shown even while independence hides the ratings. */
  submittedBy?: ReadonlyArray<{ userId: string; name: string }>;
  /** The signed-in person, marked "(you)" in the list. */
  viewerId?: string;
}

function missingStatus(status: string): string {
  return status === 'DRAFT' ? 'draft started' : 'not started';
}

/** "2 of 3 scorecards submitted" and, by name, whose scorecard is still missing. */
export function SubmissionProgress({ submitted, expected, missing, submittedBy = [], viewerId }: SubmissionProgressProps) {
  return (
    <div className="submission-progress" data-testid="submission-progress">
      <p>
        <FigureName figure="submitted" />: <strong>{submitted}</strong> of {expected} scorecards
      </p>
      <p className="muted small">{FIGURE_EXPLANATIONS.submitted}</p>
      {submittedBy.length ? (
        <p className="small">
          Submitted by {submittedBy.map((person) => (person.userId === viewerId ? `${person.name} (you)` : person.name)).join(', ')}.
        </p>
      ) : null}
      {missing.length ? (
        <div className="missing-scorecards">
          <p className="missing-scorecards__title">Missing scorecards</p>
          <ul>
            {missing.map((seat) => (
              <li key={`${seat.interviewId}-${seat.interviewer.userId}`}>
                {seat.interviewer.name}
                {seat.interviewer.userId === viewerId ? ' (you)' : ''}
                {seat.roundName ? ` (${seat.roundName})` : ''} <span className="muted">— {missingStatus(seat.status)}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : expected > 0 ? (
        <p className="muted">Every scorecard is in.</p>
      ) : (
        <p className="muted">No interviews scheduled yet.</p>
      )}
    </div>
  );
}
