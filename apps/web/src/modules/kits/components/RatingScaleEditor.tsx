import { MAX_SCALE_POINTS, MIN_SCALE_POINTS, type RatingPoint } from '@panelist/kits';
import { useId } from 'react';
import { TextAreaField, TextField } from '../../ui';
import '../kits.css';

interface RatingScaleEditorProps {
  scale: readonly RatingPoint[];
  /** Field path → message (ratingScale, ratingScale.0.label, …). */
  errors: ReadonlyMap<string, string>;
  onPoints: (points: number) => void;
  onChange: (index: number, change: Partial<Pick<RatingPoint, 'label' | 'anchor'>>) => void;
}

const SIZES = Array.from({ length: MAX_SCALE_POINTS - MIN_SCALE_POINTS + 1 }, (_, i) => MIN_SCALE_POINTS + i);

/** 3, 4 or 5 points, each with a label and the behaviour that earns it. Changing the size starts from the defaults. */
export function RatingScaleEditor({ scale, errors, onPoints, onChange }: RatingScaleEditorProps) {
  const id = useId();
  const scaleError = errors.get('ratingScale');
  return (
    <fieldset className="scale-editor" aria-describedby={`${id}-hint`}>
      <legend className="field__label">Rating scale</legend>
      <div className="segmented" role="group" aria-label="Points on the scale">
        {SIZES.map((size) => (
          <button
            key={size}
            type="button"
            className="segmented__option"
            aria-pressed={scale.length === size}
            onClick={() => onPoints(size)}
          >
            {size} points
          </button>
        ))}
      </div>
      <p id={`${id}-hint`} className="field__hint">
        Changing the number of points starts from the default labels and anchors, written against the rubric.
      </p>
      {scaleError ? <p className="field__error">{scaleError}</p> : null}
      <ol className="scale-editor__points">
        {scale.map((point, index) => (
          <li key={point.value} className="scale-editor__point">
            <span className="scale-editor__value" aria-hidden="true">
              {point.value}
            </span>
            <TextField
              label={`Point ${point.value} label`}
              value={point.label}
              maxLength={60}
              error={errors.get(`ratingScale.${index}.label`)}
              onChange={(event) => onChange(index, { label: event.target.value })}
            />
            <TextAreaField
              label={`Point ${point.value} anchor`}
              rows={2}
              value={point.anchor}
              error={errors.get(`ratingScale.${index}.anchor`)}
              onChange={(event) => onChange(index, { anchor: event.target.value })}
            />
          </li>
        ))}
      </ol>
    </fieldset>
  );
}
