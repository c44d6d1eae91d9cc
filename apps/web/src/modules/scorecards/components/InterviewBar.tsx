import { useLayoutEffect, useRef, type ReactNode } from 'react';
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
  /** On a phone the bar also carries the rating (passed in), everything in thumb reach; no keyboard hints either. */
  phone: boolean;
  rating?: ReactNode;
}

/**
 * Publishes the bar's height as --im-footer-height on the document, so that focus moved into a field
 * (the notes, on a phone) scrolls it above the bar rather than under it, however tall the bar is.
 */
function usePublishedHeight() {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const root = document.documentElement;
    const publish = () => root.style.setProperty('--im-footer-height', `${Math.ceil(element.getBoundingClientRect().height)}px`);
    publish();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(publish);
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      root.style.removeProperty('--im-footer-height');
    };
  }, []);
  return ref;
}

/** The sticky bar at the bottom of interview mode: where you are, the save state, and Previous / Next. */
export function InterviewBar(props: InterviewBarProps) {
  const { touch, phone } = props;
  const ref = usePublishedHeight();
  // No keyboard hints on a touch screen, nor on a phone-sized window, where they would not fit (the keys still work).
  const hints = !touch && !phone;
  const key = (letter: string) => (hints ? <kbd aria-hidden="true">{letter}</kbd> : null);
  const counts = (
    <span className="muted small">
      {' '}
      · {plural(props.answered, 'question')} answered{props.notAsked ? `, ${props.notAsked} not asked` : ''}
    </span>
  );
  const progress = (
    <>
      {phone ? (
        <span>
          {props.position}
          {counts}
        </span>
      ) : (
        <>
          {props.position}
          {counts}
        </>
      )}
      {/* The header scrolls away; this copy keeps the save state in sight (the header's is the live region). */}
      <span className={`im-stepper__status save-status--${props.status}`} aria-hidden="true">
        <span className="save-status__dot" />
        {SAVE_STATUS_TEXT[props.status]}
      </span>
    </>
  );
  return (
    <div ref={ref} className={`im-footer${phone ? ' im-footer--phone' : ''}`} data-testid="interview-bar">
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
      {hints ? <ShortcutLegend scalePoints={props.scalePoints} /> : null}
    </div>
  );
}
