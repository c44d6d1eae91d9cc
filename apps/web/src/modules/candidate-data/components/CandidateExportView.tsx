import { RECOMMENDATION_LABELS, type Recommendation } from '@panelist/scorecards';
import type { HiringDecisionKind } from '../../../generated/graphql';
import { actionLabel, detailLabel, detailValue, targetTypeLabel } from '../../audit';
import { DECISION_LABELS } from '../../panel-scorecards';
import { formatDateTime } from '../../ui';
import {
  detailText,
  exportCounts,
  revisionAnswers,
  type CandidateExportDocument,
  type ExportInterview,
  type ExportRevision,
  type ExportScorecard,
} from '../utils/export-document';

const when = (iso: string | null | undefined) => (iso ? formatDateTime(iso) : '–');
const recommendation = (value: string | null | undefined) => (value ? (RECOMMENDATION_LABELS[value as Recommendation] ?? value) : '–');
const decision = (value: string) => DECISION_LABELS[value as HiringDecisionKind] ?? value;
const rating = (value: number | null, notAsked = false) => (notAsked ? 'Not asked' : value === null ? '–' : String(value));
const STATUS_LABELS: Record<string, string> = { PENDING: 'Not started', DRAFT: 'Draft', SUBMITTED: 'Submitted' };
const text = (value: string | null | undefined) => (value ? value : <span className="muted">(none)</span>);

function Revision({ revision, scorecard }: { revision: ExportRevision; scorecard: ExportScorecard }) {
  const answers = revisionAnswers(revision);
  const content = revision.content;
  const title = (
    <p className="export-revision__title">
      <strong>Revision {revision.revision}</strong> · {revision.createdBy ?? 'unknown'} · {when(revision.createdAt)}
    </p>
  );
  if (revision.revision === scorecard.revision) {
    // The latest revision is the scorecard shown above; only its reason adds anything.
    return (
      <li className="export-revision">
        {title}
        <p className="small">
          Reason: {text(revision.reason)}. The current scorecard, as above.
        </p>
      </li>
    );
  }
  return (
    <li className="export-revision">
      {title}
      <dl className="export-facts">
        <div>
          <dt>Reason</dt>
          <dd>{text(revision.reason)}</dd>
        </div>
        <div>
          <dt>Recommendation</dt>
          <dd>{recommendation(content?.recommendation)}</dd>
        </div>
        <div className="export-facts__wide">
          <dt>Summary</dt>
          <dd>{text(content?.summary)}</dd>
        </div>
      </dl>
      {answers.size > 0 ? (
        <table className="table table--compact export-table">
          <caption className="visually-hidden">Ratings in revision {revision.revision} by {scorecard.interviewer}</caption>
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col">Rating</th>
              <th scope="col">Notes</th>
            </tr>
          </thead>
          <tbody>
            {[...answers.entries()].map(([questionId, answer]) => (
              <tr key={questionId}>
                <th scope="row">{scorecard.answers.find((asked) => asked.questionId === questionId)?.question ?? questionId}</th>
                <td className="cell-number">{rating(answer.rating, answer.notAsked)}</td>
                <td>{text(answer.notes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {content?.competencyRatings?.length ? (
        <p className="small">
          Competency ratings:{' '}
          {content.competencyRatings.map((competency) => `${competency.competency} ${rating(competency.rating)}`).join(' · ')}
        </p>
      ) : null}
    </li>
  );
}

function Scorecard({ scorecard }: { scorecard: ExportScorecard }) {
  return (
    <article className="export-scorecard">
      <h5>Scorecard by {scorecard.interviewer}</h5>
      <dl className="export-facts">
        <div>
          <dt>Status</dt>
          <dd>{STATUS_LABELS[scorecard.status] ?? scorecard.status}</dd>
        </div>
        <div>
          <dt>Recommendation</dt>
          <dd>{recommendation(scorecard.recommendation)}</dd>
        </div>
        <div>
          <dt>Started</dt>
          <dd>{when(scorecard.startedAt)}</dd>
        </div>
        <div>
          <dt>Submitted</dt>
          <dd>{when(scorecard.submittedAt)}</dd>
        </div>
        <div className="export-facts__wide">
          <dt>Summary</dt>
          <dd>{text(scorecard.summary)}</dd>
        </div>
      </dl>
      {scorecard.answers.length > 0 ? (
        <table className="table table--compact export-table">
          <caption className="visually-hidden">Answers in the scorecard by {scorecard.interviewer}</caption>
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col">Competency</th>
              <th scope="col">Rating</th>
              <th scope="col">Notes</th>
            </tr>
          </thead>
          <tbody>
            {scorecard.answers.map((answer) => (
              <tr key={answer.questionId}>
                <th scope="row">{answer.question ?? answer.questionId}</th>
                <td>{answer.competency ?? '–'}</td>
                <td className="cell-number">{rating(answer.rating, answer.notAsked)}</td>
                <td>{text(answer.notes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {scorecard.competencyRatings.length > 0 ? (
        <p className="small">
          Competency ratings: {scorecard.competencyRatings.map((competency) => `${competency.competency} ${rating(competency.rating)}`).join(' · ')}
        </p>
      ) : null}
      {scorecard.revisions.length > 0 ? (
        <div className="export-revisions">
          <h6>History ({scorecard.revisions.length === 1 ? 'one revision' : `${scorecard.revisions.length} revisions`})</h6>
          <ol>
            {scorecard.revisions.map((revision) => (
              <Revision key={revision.revision} revision={revision} scorecard={scorecard} />
            ))}
          </ol>
        </div>
      ) : null}
    </article>
  );
}

function Interview({ interview }: { interview: ExportInterview }) {
  return (
    <section className="export-interview">
      <h4>
        {interview.round ?? 'Interview'} · {when(interview.scheduledAt)}
      </h4>
      <p className="muted small">
        {interview.durationMinutes} minutes{interview.kit ? ` · kit “${interview.kit}”` : ''}
        {interview.interviewers.length > 0 ? ` · with ${interview.interviewers.join(', ')}` : ''}
      </p>
      {interview.scorecards.length === 0 ? <p className="muted">No scorecards.</p> : interview.scorecards.map((scorecard) => <Scorecard key={scorecard.id} scorecard={scorecard} />)}
    </section>
  );
}

/**
 * The candidate export as a document a person can read or print: the profile, each application
 * (loop) with its interviews, scorecards (every revision) and decisions, then the audit events
 * about them. It renders the JSON the API produced, nothing more.
 */
export function CandidateExportView({ document }: { document: CandidateExportDocument }) {
  const { candidate } = document;
  const counts = exportCounts(document);
  return (
    <div className="export-document">
      <dl className="export-facts export-facts--header">
        <div>
          <dt>Organization</dt>
          <dd>{document.organization.name}</dd>
        </div>
        <div>
          <dt>Exported</dt>
          <dd>{when(document.exportedAt)}</dd>
        </div>
        <div>
          <dt>Format</dt>
          <dd className="cell-mono">{document.format}</dd>
        </div>
        <div className="export-facts__wide">
          <dt>Contents</dt>
          <dd>
            {counts.loops} application{counts.loops === 1 ? '' : 's'}, {counts.interviews} interview{counts.interviews === 1 ? '' : 's'},{' '}
            {counts.scorecards} scorecard{counts.scorecards === 1 ? '' : 's'} ({counts.revisions} revision{counts.revisions === 1 ? '' : 's'}), {counts.decisions}{' '}
            decision{counts.decisions === 1 ? '' : 's'}, {counts.auditEvents} audit event{counts.auditEvents === 1 ? '' : 's'}
          </dd>
        </div>
      </dl>

      <section className="export-section" aria-labelledby="export-profile-heading">
        <h2 id="export-profile-heading">Profile</h2>
        <dl className="export-facts">
          <div>
            <dt>Name</dt>
            <dd>{candidate.name}</dd>
          </div>
          <div>
            <dt>Email</dt>
            <dd>{candidate.email}</dd>
          </div>
          <div className="export-facts__wide">
            <dt>Links</dt>
            <dd>{candidate.links.length > 0 ? candidate.links.join(', ') : <span className="muted">(none)</span>}</dd>
          </div>
          <div>
            <dt>Added</dt>
            <dd>{when(candidate.createdAt)}</dd>
          </div>
          <div>
            <dt>Last changed</dt>
            <dd>{when(candidate.updatedAt)}</dd>
          </div>
          {candidate.erasedAt ? (
            <div>
              <dt>Erased</dt>
              <dd>{when(candidate.erasedAt)}</dd>
            </div>
          ) : null}
          <div className="export-facts__wide">
            <dt>Id</dt>
            <dd className="cell-mono">{candidate.id}</dd>
          </div>
        </dl>
      </section>

      <section className="export-section" aria-labelledby="export-loops-heading">
        <h2 id="export-loops-heading">Applications</h2>
        {document.loops.length === 0 ? <p className="muted">Not interviewing for any job.</p> : null}
        {document.loops.map((loop) => (
          <section key={loop.id} className="export-loop" aria-label={`Application for ${loop.job.title}`}>
            <h3>
              {loop.job.title}
              {loop.job.team ? <span className="muted"> · {loop.job.team}</span> : null}
            </h3>
            <p className="muted small">Started {when(loop.startedAt)}</p>
            {loop.interviews.length === 0 ? <p className="muted">No interviews.</p> : loop.interviews.map((interview) => <Interview key={interview.id} interview={interview} />)}
            <div className="export-decisions">
              <h4>Decisions</h4>
              {loop.decisions.length === 0 ? (
                <p className="muted">No decision recorded.</p>
              ) : (
                <table className="table table--compact export-table">
                  <caption className="visually-hidden">Decisions for {loop.job.title}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Decided</th>
                      <th scope="col">Decision</th>
                      <th scope="col">By</th>
                      <th scope="col">Rationale</th>
                    </tr>
                  </thead>
                  <tbody>
                    {loop.decisions.map((entry) => (
                      <tr key={`${entry.decidedAt}-${entry.decision}`}>
                        <td className="cell-nowrap">{when(entry.decidedAt)}</td>
                        <th scope="row">{decision(entry.decision)}</th>
                        <td>{entry.decidedBy}</td>
                        <td>{text(entry.rationale)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </div>
          </section>
        ))}
      </section>

      <section className="export-section" aria-labelledby="export-audit-heading">
        <h2 id="export-audit-heading">Audit events</h2>
        {document.auditEvents.length === 0 ? (
          <p className="muted">No audit events about them.</p>
        ) : (
          <table className="table table--compact export-table">
            <caption className="visually-hidden">Audit events about the candidate, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">Action</th>
                <th scope="col">Target</th>
                <th scope="col">Details</th>
              </tr>
            </thead>
            <tbody>
              {document.auditEvents.map((event, index) => (
                <tr key={`${event.occurredAt}-${index}`}>
                  <td className="cell-nowrap">{when(event.occurredAt)}</td>
                  <td>{event.actor}</td>
                  <th scope="row">{actionLabel(event.action)}</th>
                  <td>{targetTypeLabel(event.targetType)}</td>
                  <td>
                    {Object.entries(event.details ?? {})
                      .map(([key, value]) => `${detailLabel(key)}: ${detailValue(key, detailText(value))}`)
                      .join('; ') || '–'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
