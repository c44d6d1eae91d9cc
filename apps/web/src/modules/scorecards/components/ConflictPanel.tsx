import type { DraftConflict } from '@panelist/scorecards';
import type { Ref } from 'react';
import { isTextPath } from '../utils/draft-fields';
import { conflictLabel, conflictValueText } from '../utils/conflict-text';
import type { InterviewKit, KitQuestion } from '../utils/interview-kit';
import type { ConflictChoice } from '../utils/scorecard-sync';

interface ConflictPanelProps {
  kit: InterviewKit;
  questions: readonly KitQuestion[];
  conflicts: readonly DraftConflict[];
  onResolve: (path: string, choice: ConflictChoice) => void;
  headingRef?: Ref<HTMLHeadingElement>;
}

/**
 * Fields this tab and another tab or device both changed. Everything else merged on its own; here the
 * interviewer picks per field, and text can keep both so nobody's words are lost.
 */
export function ConflictPanel({ kit, questions, conflicts, onResolve, headingRef }: ConflictPanelProps) {
  if (!conflicts.length) return null;
  return (
    <section className="conflict im-conflicts" aria-labelledby="im-conflicts-heading" data-testid="conflict-panel">
      <div role="alert">
        <h2 id="im-conflicts-heading" ref={headingRef} tabIndex={-1}>
          This scorecard was also changed in another tab or device
        </h2>
        <p className="small">
          Changes to different fields were merged and saved. {conflicts.length === 1 ? 'One field was' : `${conflicts.length} fields were`}{' '}
          changed on both sides: choose what to keep. Until then the other version is shown.
        </p>
      </div>
      <ul className="im-conflicts__list">
        {conflicts.map((conflict) => {
          const label = conflictLabel(conflict.path, questions);
          return (
            <li key={conflict.path} className="im-conflict" role="group" aria-label={`Conflict: ${label}`}>
              <h3>{label}</h3>
              <div className="im-conflict__sides">
                <figure className="conflict__theirs">
                  <figcaption>Yours (this tab)</figcaption>
                  <blockquote>{conflictValueText(conflict.path, conflict.mine, kit)}</blockquote>
                </figure>
                <figure className="conflict__theirs">
                  <figcaption>Theirs (saved elsewhere)</figcaption>
                  <blockquote>{conflictValueText(conflict.path, conflict.theirs, kit)}</blockquote>
                </figure>
              </div>
              <div className="conflict__actions">
                <button type="button" className="button button--small button--primary" onClick={() => onResolve(conflict.path, 'mine')}>
                  Keep mine
                </button>
                <button type="button" className="button button--small" onClick={() => onResolve(conflict.path, 'theirs')}>
                  Keep theirs
                </button>
                {isTextPath(conflict.path) ? (
                  <button type="button" className="button button--small" onClick={() => onResolve(conflict.path, 'both')}>
                    Keep both
                  </button>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
