import { MAX_WEIGHT, MIN_WEIGHT } from '@panelist/kits';
import { competencyKey, competencyLabel } from '../../format';
import { TextField } from '../../ui';
import { setWeight, type KitDraft } from '../utils/kit-draft';
import '../kits.css';

interface Props {
  draft: KitDraft;
  errors: ReadonlyMap<string, string>;
  onChange: (update: (draft: KitDraft) => KitDraft) => void;
}

/** One optional weight per competency the kit assesses. */
export function KitWeights({ draft, errors, onChange }: Props) {
  const weighted = [
    ...new Set(
      [...draft.sections.map((s) => s.competency), ...draft.competencyWeights.map((w) => w.competency)].map(competencyKey).filter(Boolean),
    ),
  ];
  return (
    <section className="card" aria-labelledby="weights-heading">
      <div className="card__header">
        <h2 id="weights-heading">Competency weights</h2>
        <p className="muted small">
          Optional, {MIN_WEIGHT} to {MAX_WEIGHT}. Leave empty to weigh every competency the same.
        </p>
      </div>
      {weighted.length === 0 ? (
        <p className="muted small">Add a section to weigh its competency.</p>
      ) : (
        <div className="weights">
          {weighted.map((competency) => {
            const index = draft.competencyWeights.findIndex((w) => competencyKey(w.competency) === competency);
            const weight = index >= 0 ? draft.competencyWeights[index].weight : null;
            return (
              <TextField
                key={competency}
                label={competencyLabel(competency)}
                type="number"
                min={MIN_WEIGHT}
                max={MAX_WEIGHT}
                value={weight ?? ''}
                placeholder="–"
                error={index >= 0 ? errors.get(`competencyWeights.${index}.weight`) : undefined}
                onChange={(event) =>
                  onChange((d) => setWeight(d, competency, event.target.value === '' ? null : Number(event.target.value)))
                }
              />
            );
          })}
        </div>
      )}
    </section>
  );
}
