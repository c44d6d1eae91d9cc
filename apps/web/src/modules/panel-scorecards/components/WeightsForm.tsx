import { useState, type FormEvent } from 'react';
import type { CompetencyWeightInput } from '../../../generated/graphql';
import { competencyLabel } from '../../format';
import { TextField } from '../../ui';

/** A weight the server refused, named by competency. */
export interface RefusedWeight {
  competency: string;
  message: string;
}

interface WeightsFormProps {
  /** The weights to start from (the ones being tried, else the kits'), one per competency in kit order. */
  weights: readonly CompetencyWeightInput[];
  trying: boolean;
  refused: RefusedWeight | null;
  onApply: (weights: CompetencyWeightInput[]) => void;
  onReset: () => void;
}

/** Try other competency weights (0 to 10): the server recomputes the comparison with them and checks the range. */
export function WeightsForm({ weights, trying, refused, onApply, onReset }: WeightsFormProps) {
  const [values, setValues] = useState<string[]>(() => weights.map((entry) => String(entry.weight)));
  const [notANumber, setNotANumber] = useState<number | null>(null);
  // While trying, the fields keep what was typed; once back on the kits' weights they follow them (e.g. after a reset).
  const source = trying ? 'tried' : JSON.stringify(weights);
  const [shownSource, setShownSource] = useState(source);
  if (source !== shownSource) {
    setShownSource(source);
    if (!trying) setValues(weights.map((entry) => String(entry.weight)));
  }

  function errorAt(index: number): string | undefined {
    if (notANumber === index) return 'Enter a number from 0 to 10.';
    return refused?.competency === weights[index]?.competency ? refused.message : undefined;
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const index = values.findIndex((value) => value.trim() === '' || !Number.isFinite(Number(value)));
    setNotANumber(index >= 0 ? index : null);
    if (index >= 0) return;
    onApply(weights.map((entry, position) => ({ competency: entry.competency, weight: Number(values[position]) })));
  }

  return (
    <form className="weights-form" aria-label="Try other weights" noValidate onSubmit={onSubmit}>
      <p className="muted">
        Each competency counts toward the composite by its weight, from 0 (not at all) to 10. Try other weights to see whether the order of
        candidates holds; nothing is saved to the kits.
      </p>
      <div className="weights-form__fields">
        {weights.map((entry, index) => (
          <TextField
            key={entry.competency}
            label={competencyLabel(entry.competency)}
            type="number"
            inputMode="decimal"
            min={0}
            max={10}
            step={0.5}
            value={values[index] ?? ''}
            error={errorAt(index)}
            onChange={(event) =>
              setValues((current) => current.map((value, position) => (position === index ? event.target.value : value)))
            }
          />
        ))}
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          Apply weights
        </button>
        {trying ? (
          <button type="button" className="button button--quiet" onClick={onReset}>
            Back to the kits’ weights
          </button>
        ) : null}
      </div>
    </form>
  );
}
