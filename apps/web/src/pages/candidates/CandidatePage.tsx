import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { CandidateDocument } from '../../generated/graphql';
import { useViewer } from '../../modules/auth';
import { describeError } from '../../modules/errors';
import { LoopManagersOnly, canManageLoops } from '../../modules/interviews';
import { Alert, LoadingState, PageHeading } from '../../modules/ui';
import { CandidateDetails } from '../../modules/candidates';
import '../../modules/candidate-data/candidate-data.css';

/** /candidates/:id — contact details (personal data, loop managers only), editing, and the candidate's loops. */
export function CandidatePage() {
  const { id = '' } = useParams();
  const viewer = useViewer();
  const manager = canManageLoops(viewer.role);
  const { data, error, loading } = useQuery(CandidateDocument, { variables: { id }, fetchPolicy: 'cache-and-network', skip: !manager });
  const candidate = data?.candidate;
  return (
    <div className="page page--narrow">
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <Link to="/candidates">Candidates</Link>
        <span aria-hidden="true">/</span>
        <span aria-current="page">{candidate?.name ?? 'Candidate'}</span>
      </nav>
      <header className="page__header">
        <PageHeading title={candidate?.name ?? 'Candidate'}>{candidate?.name ?? 'Candidate'}</PageHeading>
        {candidate ? <p className="lead">{candidate.email}</p> : null}
      </header>
      {!manager ? (
        <LoopManagersOnly what="candidates" />
      ) : candidate ? (
        <CandidateDetails candidate={candidate} />
      ) : loading ? (
        <LoadingState label="Loading the candidate…" />
      ) : (
        <Alert tone="error">{describeError(error).message}</Alert>
      )}
    </div>
  );
}
