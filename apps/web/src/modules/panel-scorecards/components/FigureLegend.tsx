import { FIGURE_EXPLANATIONS, FIGURE_LABELS, type Figure } from '../utils/figure-explanations';

interface FigureLegendProps {
  figures: readonly Figure[];
  /** Names the legend for assistive technology, e.g. "What the grid figures mean". */
  label?: string;
}

/** Each figure's one-sentence explanation as visible text, so it is read on screen and printed on paper. */
export function FigureLegend({ figures, label = 'What these figures mean' }: FigureLegendProps) {
  return (
    <dl className="figure-legend" aria-label={label} data-testid="figure-legend">
      {figures.map((figure) => (
        <div key={figure} className="figure-legend__item">
          <dt>{FIGURE_LABELS[figure]}</dt>
          <dd>{FIGURE_EXPLANATIONS[figure]}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A figure's name with its sentence on hover; the legend beside it says the same in visible text. */
export function FigureName({ figure, children }: { figure: Figure; children?: string }) {
  return (
    <span className="figure-name" title={FIGURE_EXPLANATIONS[figure]}>
      {children ?? FIGURE_LABELS[figure]}
    </span>
  );
}
