import { RECOMMENDATIONS, RECOMMENDATION_LABELS, type Recommendation } from '@panelist/scorecards';
import { useId, type Ref } from 'react';

interface RecommendationRadioGroupProps {
  value: Recommendation | null;
  onChange: (recommendation: Recommendation) => void;
  error?: string;
  groupRef?: Ref<HTMLDivElement>;
}

/** Strong no / No / Yes / Strong yes: deliberately no neutral option. */
export function RecommendationRadioGroup({ value, onChange, error, groupRef }: RecommendationRadioGroupProps) {
  const id = useId();
  return (
    <div className={`field im-recommendation${error ? ' field--invalid' : ''}`}>
      <span className="field__label" aria-hidden="true">
        Overall recommendation
      </span>
      <div
        ref={groupRef}
        role="radiogroup"
        aria-label="Overall recommendation"
        aria-describedby={error ? `${id}-error` : `${id}-hint`}
        aria-invalid={error ? true : undefined}
        className="im-recommendation__options"
      >
        {RECOMMENDATIONS.map((recommendation) => (
          <label
            key={recommendation}
            className={`im-recommendation__option im-recommendation__option--${recommendation.toLowerCase()}${value === recommendation ? ' is-checked' : ''}`}
            data-testid={`recommendation-${recommendation}`}
          >
            <input
              type="radio"
              name={`${id}-recommendation`}
              value={recommendation}
              checked={value === recommendation}
              onChange={() => onChange(recommendation)}
            />
            {RECOMMENDATION_LABELS[recommendation]}
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : (
        <p id={`${id}-hint`} className="field__hint">
          Would you hire on the evidence of this interview? There is no neutral option.
        </p>
      )}
    </div>
  );
}
