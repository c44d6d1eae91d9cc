import { useId } from 'react';

interface ScalePoint {
  value: number;
  label: string;
  anchor: string;
}

interface RatingRadioGroupProps {
  /** The group's accessible name, e.g. "Rating for Q3". */
  label: string;
  scale: readonly ScalePoint[];
  value: number | null;
  onRate: (rating: number) => void;
  /** Offers "Not asked" as the last option of the same group: rating and "not asked" are one decision. */
  notAsked?: { checked: boolean; onChoose: () => void };
  /** Show each point's behavioural anchor under its label (the question rating); compact groups omit it. */
  showAnchors?: boolean;
  /** Show the digit that rates with the keyboard. */
  showKeys?: boolean;
  describedBy?: string;
  invalid?: boolean;
  testIdPrefix?: string;
  /** One row of large targets, number above label, for the phone's bar at the bottom. */
  compact?: boolean;
}

/**
 * A rating on the kit's scale as native radios in a labelled radiogroup: Tab reaches it, arrows
 * move within it, and each option is named "3 Strong" with its anchor as the description.
 */
export function RatingRadioGroup({
  label,
  scale,
  value,
  onRate,
  notAsked,
  showAnchors = false,
  showKeys = false,
  describedBy,
  invalid,
  testIdPrefix = 'rating',
  compact = false,
}: RatingRadioGroupProps) {
  const id = useId();
  const name = `${id}-rating`;
  const notAskedChecked = notAsked?.checked ?? false;
  return (
    <div
      role="radiogroup"
      aria-label={label}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      className={`rating-options${showAnchors ? ' rating-options--anchored' : ''}${compact ? ' rating-options--bar' : ''}`}
    >
      {scale.map((point) => {
        const checked = !notAskedChecked && value === point.value;
        return (
          <label
            key={point.value}
            className={`rating-option${checked ? ' is-checked' : ''}`}
            data-testid={`${testIdPrefix}-${point.value}`}
          >
            <input
              type="radio"
              name={name}
              value={point.value}
              checked={checked}
              onChange={() => onRate(point.value)}
              aria-labelledby={`${id}-${point.value}-name`}
              aria-describedby={showAnchors && point.anchor ? `${id}-${point.value}-anchor` : undefined}
            />
            <span id={`${id}-${point.value}-name`} className="rating-option__name">
              {showKeys ? (
                <kbd className="rating-option__value">{point.value}</kbd>
              ) : (
                <span className="rating-option__value">{point.value}</span>
              )}{' '}
              <span className="rating-option__label">{point.label}</span>
            </span>
            {showAnchors && point.anchor ? (
              <span id={`${id}-${point.value}-anchor`} className="rating-option__anchor">
                {point.anchor}
              </span>
            ) : null}
          </label>
        );
      })}
      {notAsked ? (
        <label
          className={`rating-option rating-option--not-asked${notAskedChecked ? ' is-checked' : ''}`}
          data-testid={`${testIdPrefix}-not-asked`}
        >
          <input
            type="radio"
            name={name}
            value="not-asked"
            checked={notAskedChecked}
            onChange={notAsked.onChoose}
            aria-labelledby={`${id}-not-asked-name`}
          />
          <span className="rating-option__name">
            {showKeys ? (
              <span aria-hidden="true">
                <kbd className="rating-option__value">0</kbd>{' '}
              </span>
            ) : null}
            <span id={`${id}-not-asked-name`} className="rating-option__label">
              Not asked
            </span>
          </span>
          {showAnchors ? (
            <span className="rating-option__anchor">Skipped, or no time for it. It does not count towards the ratings.</span>
          ) : null}
        </label>
      ) : null}
    </div>
  );
}
