import type { ReactNode } from 'react';
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
const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

interface Fact {
  label: string;
  value: ReactNode;
  /** Spans the whole row (long text). */
  wide?: boolean;
  mono?: boolean;
}

/** One block of labelled facts: the shape of every part of the export. Null entries are left out. */
function Facts({ facts, className }: { facts: Array<Fact | null>; className?: string }) {
  return (
    <dl className={className ? `export-facts ${className}` : 'export-facts'}>
      {facts
        .filter((fact): fact is Fact => fact !== null)
        .map((fact) => (
          <div key={fact.label} className={fact.wide ? 'export-facts__wide' : undefined}>
            <dt>{fact.label}</dt>
            <dd className={fact.mono ? 'cell-mono' : undefined}>{fact.value}</dd>
          </div>
        ))}
    </dl>
  );
}

/** A compact table of the export: a caption for screen readers, column headings, then the rows. */
function ExportTable({ caption, columns, children }: { caption: string; columns: string[]; children: ReactNode }) {
  return (
    <table className="table table--compact export-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

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
        <p className="small">Reason: {text(revision.reason)}. The current scorecard, as above.</p>
      </li>
    );
  }
  return (
    <li className="export-revision">
      {title}
      <Facts
        facts={[
          { label: 'Reason', value: text(revision.reason) },
          { label: 'Recommendation', value: recommendation(content?.recommendation) },
          { label: 'Summary', value: text(content?.summary), wide: true },
        ]}
      />
      {answers.size > 0 ? (
        <ExportTable
          caption={`Ratings in revision ${revision.revision} by ${scorecard.interviewer}`}
          columns={['Question', 'Rating', 'Notes']}
        >
          {[...answers.entries()].map(([questionId, answer]) => (
            <tr key={questionId}>
              <th scope="row">{scorecard.answers.find((asked) => asked.questionId === questionId)?.question ?? questionId}</th>
              <td className="cell-number">{rating(answer.rating, answer.notAsked)}</td>
              <td>{text(answer.notes)}</td>
            </tr>
          ))}
        </ExportTable>
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
      <Facts
        facts={[
          { label: 'Status', value: STATUS_LABELS[scorecard.status] ?? scorecard.status },
          { label: 'Recommendation', value: recommendation(scorecard.recommendation) },
          { label: 'Started', value: when(scorecard.startedAt) },
          { label: 'Submitted', value: when(scorecard.submittedAt) },
          { label: 'Summary', value: text(scorecard.summary), wide: true },
        ]}
      />
      {scorecard.answers.length > 0 ? (
        <ExportTable
          caption={`Answers in the scorecard by ${scorecard.interviewer}`}
          columns={['Question', 'Competency', 'Rating', 'Notes']}
        >
          {scorecard.answers.map((answer) => (
            <tr key={answer.questionId}>
              <th scope="row">{answer.question ?? answer.questionId}</th>
              <td>{answer.competency ?? '–'}</td>
              <td className="cell-number">{rating(answer.rating, answer.notAsked)}</td>
              <td>{text(answer.notes)}</td>
            </tr>
          ))}
        </ExportTable>
      ) : null}
      {scorecard.competencyRatings.length > 0 ? (
        <p className="small">
          Competency ratings:{' '}
          {scorecard.competencyRatings.map((competency) => `${competency.competency} ${rating(competency.rating)}`).join(' · ')}
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
      {interview.scorecards.length === 0 ? (
        <p className="muted">No scorecards.</p>
      ) : (
        interview.scorecards.map((scorecard) => <Scorecard key={scorecard.id} scorecard={scorecard} />)
      )}
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
      <Facts
        className="export-facts--header"
        facts={[
          { label: 'Organization', value: document.organization.name },
          { label: 'Exported', value: when(document.exportedAt) },
          { label: 'Format', value: document.format, mono: true },
          {
            label: 'Contents',
            value:
              `${count(counts.loops, 'application')}, ${count(counts.interviews, 'interview')}, ${count(counts.scorecards, 'scorecard')} ` +
              `(${count(counts.revisions, 'revision')}), ${count(counts.decisions, 'decision')}, ${count(counts.auditEvents, 'audit event')}`,
            wide: true,
          },
        ]}
      />

      <section className="export-section" aria-labelledby="export-profile-heading">
        <h2 id="export-profile-heading">Profile</h2>
        <Facts
          facts={[
            { label: 'Name', value: candidate.name },
            { label: 'Email', value: candidate.email },
            { label: 'Links', value: text(candidate.links.join(', ')), wide: true },
            { label: 'Added', value: when(candidate.createdAt) },
            { label: 'Last changed', value: when(candidate.updatedAt) },
            candidate.erasedAt ? { label: 'Erased', value: when(candidate.erasedAt) } : null,
            { label: 'Id', value: candidate.id, wide: true, mono: true },
          ]}
        />
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
            {loop.interviews.length === 0 ? (
              <p className="muted">No interviews.</p>
            ) : (
              loop.interviews.map((interview) => <Interview key={interview.id} interview={interview} />)
            )}
            <div className="export-decisions">
              <h4>Decisions</h4>
              {loop.decisions.length === 0 ? (
                <p className="muted">No decision recorded.</p>
              ) : (
                <ExportTable caption={`Decisions for ${loop.job.title}`} columns={['Decided', 'Decision', 'By', 'Rationale']}>
                  {loop.decisions.map((entry) => (
                    <tr key={`${entry.decidedAt}-${entry.decision}`}>
                      <td className="cell-nowrap">{when(entry.decidedAt)}</td>
                      <th scope="row">{decision(entry.decision)}</th>
                      <td>{entry.decidedBy}</td>
                      <td>{text(entry.rationale)}</td>
                    </tr>
                  ))}
                </ExportTable>
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
          <ExportTable caption="Audit events about the candidate, oldest first" columns={['When', 'Who', 'Action', 'Target', 'Details']}>
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
          </ExportTable>
        )}
      </section>
    </div>
  );
}
