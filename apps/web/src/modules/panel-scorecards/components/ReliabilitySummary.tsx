import type { PanelReliabilityFieldsFragment } from '../../../generated/graphql';
import { FigureLegend, FigureName } from './FigureLegend';
import { bandAdvice, formatAlpha } from '../utils/reliability-text';

/** The job's panel reliability: alpha, its band in plain language, and what both mean. */
export function ReliabilitySummary({ reliability }: { reliability: PanelReliabilityFieldsFragment }) {
  return (
    <div className="reliability" data-testid="panel-reliability">
      <dl className="reliability__figures">
        <div>
          <dt>
            <FigureName figure="alpha" />
          </dt>
          <dd className="reliability__alpha">{formatAlpha(reliability.alpha)}</dd>
        </div>
        <div>
          <dt>
            <FigureName figure="reliabilityBand" />
          </dt>
          <dd>
            <span className={`band band--${reliability.band.replace(/\s+/g, '-')}`}>{reliability.bandLabel}</span>
          </dd>
        </div>
        <div>
          <dt>
            <FigureName figure="pairableValues" />
          </dt>
          <dd>{reliability.pairableValues}</dd>
        </div>
        <div>
          <dt>
            <FigureName figure="unitsUsed" />
          </dt>
          <dd>{reliability.unitsUsed}</dd>
        </div>
      </dl>
      <p className="reliability__advice">{bandAdvice(reliability.band)}</p>
      {reliability.reason ? <p className="muted">{reliability.reason}</p> : null}
      <FigureLegend figures={['alpha', 'reliabilityBand', 'pairableValues', 'unitsUsed']} label="What the reliability figures mean" />
    </div>
  );
}
