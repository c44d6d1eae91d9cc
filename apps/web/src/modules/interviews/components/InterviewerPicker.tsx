import { useId } from 'react';
import type { ScorerOption } from '../hooks/useSchedulingOptions';

interface InterviewerPickerProps {
  scorers: readonly ScorerOption[];
  selected: readonly string[];
  onChange: (userIds: string[]) => void;
  /** Interviewers who started scoring: they stay on the panel. */
  locked?: ReadonlySet<string>;
  /** People on the panel who no longer appear among active scorers, so they can still be seen and removed. */
  extra?: ReadonlyArray<{ userId: string; name: string }>;
  error?: string;
}

/** The panel as a group of checkboxes: every option is labelled and reachable with Tab and Space. */
export function InterviewerPicker({ scorers, selected, onChange, locked = new Set(), extra = [], error }: InterviewerPickerProps) {
  const id = useId();
  const options = [...scorers, ...extra.map((person) => ({ ...person, roleLabel: 'No longer an active scorer' }))];
  function toggle(userId: string, checked: boolean) {
    onChange(checked ? [...selected, userId] : selected.filter((chosen) => chosen !== userId));
  }
  return (
    <fieldset
      className="interviewer-picker"
      aria-describedby={error ? `${id}-error` : `${id}-hint`}
      aria-invalid={error ? true : undefined}
    >
      <legend className="field__label">Interviewers</legend>
      <p id={`${id}-hint`} className="field__hint">
        Up to 8. Admins, hiring managers and interviewers score; recruiters are not listed.
      </p>
      {options.length === 0 ? (
        <p className="muted small">Nobody in the organization can score yet. An admin adds interviewers on the Members page.</p>
      ) : (
        <ul className="interviewer-picker__options">
          {options.map((person, index) => {
            const isLocked = locked.has(person.userId);
            return (
              <li key={person.userId}>
                <label className="interviewer-picker__option">
                  <input
                    type="checkbox"
                    name={index === 0 ? 'interviewerIds' : undefined}
                    value={person.userId}
                    checked={selected.includes(person.userId)}
                    disabled={isLocked}
                    onChange={(event) => toggle(person.userId, event.target.checked)}
                  />
                  <span className="interviewer-picker__name">{person.name}</span>
                  <span className="interviewer-picker__role">{isLocked ? 'Started scoring: stays on the panel' : person.roleLabel}</span>
                </label>
              </li>
            );
          })}
        </ul>
      )}
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
