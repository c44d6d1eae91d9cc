import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { CandidateQuery } from '../../../generated/graphql';
import { useViewer } from '../../auth';
import { CandidateDataRights, canManageCandidateData } from '../../candidate-data';
import { LoopInterviewsSummary, Notice } from '../../interviews';
import { CandidateContact } from './CandidateContact';
import { EditCandidate } from './EditCandidate';

type Candidate = CandidateQuery['candidate'];

/** A candidate's page body: contact details (with editing), their loops, and (admins) data rights. */
export function CandidateDetails({ candidate }: { candidate: Candidate }) {
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
              state: {
                notice: `The candidate was erased. They now appear as “${erased.name}”: their ratings stay, anonymous; their name, contact details and notes are gone.`,
              },
            })
          }
        />
      ) : null}
    </>
  );
}
