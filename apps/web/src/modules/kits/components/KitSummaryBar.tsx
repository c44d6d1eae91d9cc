import type { KitSummary } from '@panelist/kits';
import { competencyLabel } from '../../format';
import type { KitDraft } from '../utils/kit-draft';
import { warningItems } from '../utils/kit-warnings';
import '../kits.css';

interface KitSummaryBarProps {
  summary: KitSummary;
  interviewMinutes: number;
  /** To name the questions and sections the warnings are about. */
  draft: KitDraft;
}

/** Planned time against the interview length, competencies covered and missing, and the warnings. */
export function KitSummaryBar({ summary, interviewMinutes, draft }: KitSummaryBarProps) {
  const warnings = warningItems(summary.warnings, draft);
  // A section whose competency is still blank is not a competency that is missing.
  const missing = summary.competenciesMissing.filter((competency) => competency.trim());
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
        {missing.length ? (
          <div>
            <span className="kit-summary__label">Missing</span>
            <ul className="chips" aria-label="Competencies missing">
              {missing.map((c) => (
                <li key={c} className="chip chip--missing">
                  {competencyLabel(c)}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      {warnings.length ? (
        <ul className="kit-warnings" aria-label="Warnings">
          {warnings.map((warning) => (
            <li key={warning.key} className={`kit-warning kit-warning--${warning.code.toLowerCase()}`}>
              {warning.text}
              {warning.questions.length ? (
                <ul className="kit-warning__questions">
                  {warning.questions.map((prompt, index) => (
                    <li key={index}>{prompt}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
