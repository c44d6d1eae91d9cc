import { Link } from 'react-router';

/** What a panelist sees before submitting their own scorecard: independence keeps the others' ratings hidden. */
export function HiddenPanelNotice() {
  return (
    <section className="card hidden-panel" aria-labelledby="hidden-panel-heading" data-testid="hidden-panel">
      <h2 id="hidden-panel-heading">Submit your own scorecard first</h2>
      <p>
        So that every interviewer judges the candidate independently, the panel’s ratings, notes, recommendations and the decision stay
        hidden until you have submitted your own scorecard for this candidate. Until then you see only how far the panel has got.
      </p>
      <p>
        <Link to="/my-interviews" className="button button--primary">
          Go to your interviews
        </Link>
      </p>
    </section>
  );
}
