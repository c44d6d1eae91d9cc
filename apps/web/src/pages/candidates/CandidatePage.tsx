import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { CandidateDocument, type CandidateQuery } from '../../generated/graphql';
import { useViewer } from '../../modules/auth/hooks/useViewer';
import { CandidateContact } from '../../modules/candidates/components/CandidateContact';
import { EditCandidate } from '../../modules/candidates/components/EditCandidate';
import { CandidateDataRights } from '../../modules/candidate-data/components/CandidateDataRights';
import { describeError } from '../../modules/errors/utils/describe-error';
import { LoopInterviewsSummary } from '../../modules/interviews/components/LoopInterviewsSummary';
import { LoopManagersOnly } from '../../modules/interviews/components/LoopManagersOnly';
import { Notice } from '../../modules/interviews/components/Notice';
import { canManageLoops } from '../../modules/interviews/utils/loop-roles';
import { canManageCandidateData } from '../../modules/candidate-data/utils/candidate-data-access';
import { Alert } from '../../modules/ui/components/Alert';
import { LoadingState } from '../../modules/ui/components/LoadingState';
import { PageHeading } from '../../modules/ui/components/PageHeading';
import '../../modules/candidate-data/candidate-data.css';

type Candidate = CandidateQuery['candidate'];

function CandidateDetails({ candidate }: { candidate: Candidate }) {
  const viewer = useViewer();
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState('');
  return (
    <>
      <Notice>{notice}</Notice>
      <section className="card" aria-labelledby="contact-heading">
        <div className="card__header card__header--inline">
          <h2 id="contact-heading">Contact details</h2>
          {editing ? null : (
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                setNotice('');
                setEditing(true);
              }}
            >
              Edit details
            </button>
          )}
        </div>
        <CandidateContact candidate={candidate} />
        {editing ? (
          <EditCandidate
            candidate={candidate}
            onSaved={(message) => {
              setEditing(false);
              setNotice(message);
            }}
            onCancel={() => setEditing(false)}
          />
        ) : null}
      </section>
      <section className="card card--flush" aria-labelledby="candidate-loops-heading">
        <div className="card__header">
          <h2 id="candidate-loops-heading">
            Interview loops <span className="count-pill count-pill--neutral">{candidate.loops.length}</span>
          </h2>
          <p className="muted">One loop per job this person interviews for.</p>
        </div>
        {candidate.loops.length === 0 ? (
          <div className="card__body">
            <p className="muted">Not interviewing for any job yet. Add them from a job’s page.</p>
          </div>
        ) : (
          <ul className="loop-cards">
            {candidate.loops.map((loop) => (
              <li key={loop.id} className="loop-card">
                <div className="loop-card__header">
                  <Link to={`/loops/${loop.id}`} className="loop-card__title">
                    {loop.job.title}
                  </Link>
                  <Link to={`/jobs/${loop.job.id}`} className="muted small">
                    Job page
                  </Link>
                </div>
                <LoopInterviewsSummary interviews={loop.interviews} />
              </li>
            ))}
          </ul>
        )}
      </section>
      {/* Export and erasure: admins only (the API checks it too). */}
      {canManageCandidateData(viewer.role) ? (
        <CandidateDataRights
          candidate={candidate}
          onErased={(erased) =>
            void navigate('/candidates', {
              state: { notice: `The candidate was erased. They now appear as “${erased.name}”: their ratings stay, anonymous; their name, contact details and notes are gone.` },
            })
          }
        />
      ) : null}
    </>
  );
}

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
