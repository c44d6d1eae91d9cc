import type { KitSummary } from '@panelist/kits';
import { competencyLabel } from '../../format';
import '../kits.css';

interface KitSummaryBarProps {
  summary: KitSummary;
  interviewMinutes: number;
}

/** Planned time against the interview length, competencies covered and missing, and the warnings. */
export function KitSummaryBar({ summary, interviewMinutes }: KitSummaryBarProps) {
  const over = summary.totalMinutes > interviewMinutes;
  const length = Math.max(interviewMinutes, 1);
  const filled = Math.min(100, Math.round((summary.totalMinutes / Math.max(length, summary.totalMinutes)) * 100));
  const lengthMark = over ? Math.round((length / summary.totalMinutes) * 100) : 100;
  return (
    <section className="kit-summary" aria-label="Kit summary">
      <div className="kit-summary__time">
        <p className="kit-summary__total" aria-live="polite">
          <strong className={over ? 'kit-summary__over' : undefined}>{summary.totalMinutes} min</strong> planned of {interviewMinutes} min
          <span className="muted"> · {summary.questionCount === 1 ? '1 question' : `${summary.questionCount} questions`}</span>
        </p>
        <div
          className={`time-bar${over ? ' time-bar--over' : ''}`}
          role="meter"
          aria-label="Planned time"
          aria-valuemin={0}
          aria-valuemax={Math.max(interviewMinutes, summary.totalMinutes)}
          aria-valuenow={summary.totalMinutes}
          aria-valuetext={`${summary.totalMinutes} of ${interviewMinutes} minutes`}
        >
          <span className="time-bar__fill" style={{ width: `${filled}%` }} />
          {over ? <span className="time-bar__limit" style={{ left: `${lengthMark}%` }} aria-hidden="true" /> : null}
        </div>
      </div>
      <div className="kit-summary__competencies">
        <div>
          <span className="kit-summary__label">Covered</span>
          {summary.competenciesCovered.length ? (
            <ul className="chips" aria-label="Competencies covered">
              {summary.competenciesCovered.map((c) => (
                <li key={c} className="chip chip--covered">
                  {competencyLabel(c)}
                </li>
              ))}
            </ul>
          ) : (
            <span className="muted small"> none yet</span>
          )}
        </div>
        {summary.competenciesMissing.length ? (
          <div>
            <span className="kit-summary__label">Missing</span>
            <ul className="chips" aria-label="Competencies missing">
              {summary.competenciesMissing.map((c) => (
                <li key={c} className="chip chip--missing">
                  {competencyLabel(c)}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      {summary.warnings.length ? (
        <ul className="kit-warnings" aria-label="Warnings">
          {summary.warnings.map((warning, index) => (
            <li key={index} className={`kit-warning kit-warning--${warning.code.toLowerCase()}`}>
              {warning.message}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
