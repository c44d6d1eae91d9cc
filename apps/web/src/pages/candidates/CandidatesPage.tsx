import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { CandidatesDocument } from '../../generated/graphql';
import { noticeFrom, useViewer } from '../../modules/auth';
import { formatDate } from '../../modules/format';
import { useDebouncedValue } from '../../modules/candidates';
import { describeError } from '../../modules/errors';
import { LoopManagersOnly, Notice, canManageLoops } from '../../modules/interviews';
import { Alert, LoadingState, PageHeading, TextField } from '../../modules/ui';

function CandidateDirectory() {
  const [search, setSearch] = useState('');
  const settled = useDebouncedValue(search.trim());
  const { data, previousData, error, loading } = useQuery(CandidatesDocument, {
    variables: { search: settled || null },
    fetchPolicy: 'cache-and-network',
  });
  const candidates = (data ?? previousData)?.candidates;
  return (
    <>
      <div className="candidate-search" role="search">
        <TextField
          label="Search candidates"
          type="search"
          hint="Matches name or email. Newest first; the first 200 are shown."
          autoComplete="off"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>
      {error && !candidates ? (
        <Alert tone="error">{describeError(error).message}</Alert>
      ) : !candidates ? (
        loading ? (
          <LoadingState label="Loading candidates…" />
        ) : null
      ) : candidates.length === 0 ? (
        <div className="empty-state">
          <h3>{settled ? `No candidate matches “${settled}”` : 'No candidates yet'}</h3>
          <p className="muted">Candidates are added from a job, which also starts their interview loop.</p>
          <div className="empty-state__actions">
            <Link to="/jobs" className="button">
              Go to jobs
            </Link>
          </div>
        </div>
      ) : (
        <div className={`card card--flush table-wrap${loading ? ' is-refreshing' : ''}`}>
          <table className="table table--candidates">
            <caption className="visually-hidden">Candidates</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Jobs</th>
                <th scope="col">Added</th>
              </tr>
            </thead>
            <tbody>
              {candidates.map((candidate) => (
                <tr key={candidate.id}>
                  <th scope="row">
                    <Link to={`/candidates/${candidate.id}`}>{candidate.name}</Link>
                  </th>
                  <td className="cell-email">{candidate.email}</td>
                  <td>{candidate.loops.map((loop) => loop.job.title).join(', ') || '–'}</td>
                  <td className="cell-nowrap">{formatDate(candidate.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

/** /candidates: everyone interviewing with the organization, searchable. */
export function CandidatesPage() {
  const viewer = useViewer();
  // e.g. after an erasure, which lands here.
  const notice = noticeFrom(useLocation().state);
  return (
    <div className="page">
      <header className="page__header">
        <PageHeading title="Candidates">Candidates</PageHeading>
        <p className="lead">
          People interviewing with {viewer.organization.name}. Contact details are visible to admins, hiring managers and recruiters only.
        </p>
      </header>
      <Notice>{notice}</Notice>
      {canManageLoops(viewer.role) ? <CandidateDirectory /> : <LoopManagersOnly what="candidates" />}
    </div>
  );
}
