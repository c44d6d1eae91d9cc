import type { ReactNode } from 'react';
import { plural } from '../../format';
import type { SyncStatus } from '../utils/scorecard-sync';
import { SAVE_STATUS_TEXT } from './SaveStatusIndicator';
import { ShortcutLegend } from './ShortcutLegend';

interface InterviewBarProps {
  /** "Question 3 of 8", or "Wrap-up". */
  position: string;
  answered: number;
  notAsked: number;
  status: SyncStatus;
  conflictCount: number;
  scalePoints: number;
  canGoBack: boolean;
  canGoOn: boolean;
  nextLabel: string;
  overviewOpen: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onToggleOverview: () => void;
  onShowConflicts: () => void;
  /** A touch screen: no keyboard hints and no legend. */
  touch: boolean;
  /** On a phone the bar also carries the rating (passed in), everything in thumb reach. */
  phone: boolean;
  rating?: ReactNode;
}

/** The sticky bar at the bottom of interview mode: where you are, the save state, and Previous / Next. */
export function InterviewBar(props: InterviewBarProps) {
  const { touch, phone } = props;
  const key = (letter: string) => (touch ? null : <kbd aria-hidden="true">{letter}</kbd>);
  const progress = (
    <>
      {props.position}
      <span className="muted small">
        {' '}
        · {plural(props.answered, 'question')} answered{props.notAsked ? `, ${props.notAsked} not asked` : ''}
      </span>
      {/* The header scrolls away; this copy keeps the save state in sight (the header's is the live region). */}
      <span className={`im-stepper__status save-status--${props.status}`} aria-hidden="true">
        <span className="save-status__dot" />
        {SAVE_STATUS_TEXT[props.status]}
      </span>
    </>
  );
  return (
    <div className={`im-footer${phone ? ' im-footer--phone' : ''}`} data-testid="interview-bar">
      {phone ? <p className="im-phone-position">{progress}</p> : null}
      {props.rating}
      <nav className="im-stepper" aria-label="Question navigation">
        <button type="button" className="button" onClick={props.onPrevious} disabled={!props.canGoBack}>
          <span aria-hidden="true">←</span> Previous {key('k')}
        </button>
        {phone ? null : <p className="im-stepper__position">{progress}</p>}
        {props.conflictCount ? (
          <button type="button" className="button button--small button--danger" onClick={props.onShowConflicts}>
            Resolve {props.conflictCount === 1 ? 'the conflict' : `${props.conflictCount} conflicts`}
          </button>
        ) : null}
        <button
          type="button"
          className={`button${phone ? ' button--primary' : ''}`}
          onClick={props.onNext}
          disabled={!props.canGoOn}
          data-testid="next-question"
        >
          {props.nextLabel} {key('j')} <span aria-hidden="true">→</span>
        </button>
        <button
          type="button"
          className="button button--quiet"
          aria-expanded={props.overviewOpen}
          aria-controls="interview-overview"
          onClick={props.onToggleOverview}
        >
          Overview {key('o')}
        </button>
      </nav>
      {touch ? null : <ShortcutLegend scalePoints={props.scalePoints} />}
    </div>
  );
}
