import { useState } from 'react';
import { DECISION_LABELS } from '../utils/format-figures';
import type { PanelScorecard } from '../utils/panel-types';
import { DecisionForm } from './DecisionForm';
import { DecisionTrail } from './DecisionTrail';

/** The current decision, the audit trail, and for the job's hiring manager or an admin the form to record one. */
export function DecisionPanel({ panel }: { panel: PanelScorecard }) {
  const [notice, setNotice] = useState('');
  return (
    <section className="card decision-panel" aria-labelledby="decision-heading">
      <div className="card__header">
        <h2 id="decision-heading">Hiring decision</h2>
        <p className="decision-panel__never">
          Panelist never decides. The figures above inform the debrief; the job’s hiring manager (or an admin) records the decision and the
          reason, and every decision stays in the trail below.
        </p>
      </div>
      <p data-testid="current-decision">
        Current decision: <strong>{panel.decision ? DECISION_LABELS[panel.decision.decision] : 'none recorded'}</strong>
      </p>
      <div className="notice-region" aria-live="polite" aria-atomic="true">
        {notice ? <div className="alert alert--success">{notice}</div> : null}
      </div>
      {panel.canDecide ? (
        <DecisionForm loopId={panel.loopId} onRecorded={setNotice} />
      ) : (
        <p className="muted">Only this job’s hiring manager or an admin records the decision.</p>
      )}
      <h3>Decision trail</h3>
      <DecisionTrail decisions={panel.decisions} />
    </section>
  );
}
