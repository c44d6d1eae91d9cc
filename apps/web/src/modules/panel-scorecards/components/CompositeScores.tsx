import type { PanelCompositeFieldsFragment } from '../../../generated/graphql';
import { competencyLabel } from '../../format';
import { formatScore } from '../utils/format-figures';
import { FigureName } from './FigureLegend';

interface CompositeScoresProps {
  raw: PanelCompositeFieldsFragment;
  calibrated: PanelCompositeFieldsFragment;
}

/** The raw and the calibrated composite side by side, on the common 1–4 scale. */
export function CompositeScores({ raw, calibrated }: CompositeScoresProps) {
  return (
    <div className="composites">
      <dl className="composites__pair">
        <div className="composite" data-testid="raw-composite">
          <dt>
            <FigureName figure="composite" />
          </dt>
          <dd>
            <span className="composite__score">{formatScore(raw.score)}</span> <span className="muted">of 4</span>
          </dd>
        </div>
        <div className="composite composite--calibrated" data-testid="calibrated-composite">
          <dt>
            <FigureName figure="calibratedComposite" />
          </dt>
          <dd>
            <span className="composite__score">{formatScore(calibrated.score)}</span> <span className="muted">of 4</span>
          </dd>
        </div>
      </dl>
      {raw.competenciesMissing.length ? (
        <p className="composites__missing">
          <FigureName figure="missingCompetencies" />: {raw.competenciesMissing.map(competencyLabel).join(', ')}
        </p>
      ) : null}
    </div>
  );
}
