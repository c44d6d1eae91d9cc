import type { PanelScorecard } from '../utils/panel-types';
import { CompositeScores } from './CompositeScores';
import { FigureLegend } from './FigureLegend';
import { InterviewerEvidence } from './InterviewerEvidence';
import { ScoreGrid } from './ScoreGrid';
import { TallyBars } from './TallyBars';

/** Everything the panel submitted: the grid, the tally, the composites and each interviewer's evidence. */
export function PanelFigures({ panel }: { panel: PanelScorecard }) {
  if (panel.scorecards.length === 0) {
    return (
      <div className="empty-state">
        <h3>No scorecards submitted yet</h3>
        <p className="muted">The figures appear here as soon as the first interviewer submits.</p>
      </div>
    );
  }
  return (
    <>
      <section className="panel-section" aria-labelledby="grid-heading">
        <h2 id="grid-heading">Ratings</h2>
        <ScoreGrid competencies={panel.competencies} scorecards={panel.scorecards} />
      </section>
      <div className="panel-columns">
        <section className="card panel-section" aria-labelledby="tally-heading">
          <h2 id="tally-heading">Recommendations</h2>
          <TallyBars tally={panel.tally} />
          <FigureLegend figures={['recommendationTally', 'lean', 'split']} label="What the recommendation figures mean" />
        </section>
        <section className="card panel-section" aria-labelledby="composite-heading">
          <h2 id="composite-heading">Composite score</h2>
          <CompositeScores raw={panel.rawComposite} calibrated={panel.calibratedComposite} />
          <FigureLegend figures={['composite', 'calibratedComposite', 'missingCompetencies']} label="What the composite figures mean" />
        </section>
      </div>
      <section className="panel-section" aria-labelledby="evidence-heading">
        <h2 id="evidence-heading">Evidence and notes</h2>
        <p className="muted">Open an interviewer to read their summary and each question’s rating and notes.</p>
        <InterviewerEvidence scorecards={panel.scorecards} />
      </section>
    </>
  );
}
