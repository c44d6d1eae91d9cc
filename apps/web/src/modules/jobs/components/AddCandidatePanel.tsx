import { useState } from 'react';
import { Link } from 'react-router';
import { Notice } from '../../interviews';
import { ExistingCandidateForJob } from './ExistingCandidateForJob';
import { NewCandidateForJob, type AddedToJob } from './NewCandidateForJob';

type Way = 'new' | 'existing';

/** "Add candidate" on a job: a new person, or someone already in the organization. */
export function AddCandidatePanel({ jobId }: { jobId: string }) {
  const [way, setWay] = useState<Way>('new');
  const [added, setAdded] = useState<AddedToJob | null>(null);
  return (
    <section className="card" aria-labelledby="add-candidate-heading">
      <div className="card__header card__header--inline">
        <h2 id="add-candidate-heading">Add a candidate</h2>
        <div className="segmented" role="group" aria-label="Candidate to add">
          <button type="button" className="segmented__option" aria-pressed={way === 'new'} onClick={() => setWay('new')}>
            New candidate
          </button>
          <button type="button" className="segmented__option" aria-pressed={way === 'existing'} onClick={() => setWay('existing')}>
            Existing candidate
          </button>
        </div>
      </div>
      <Notice>
        {added ? (
          <>
            {added.candidateName} is now interviewing for this job.{' '}
            {added.loopId ? <Link to={`/loops/${added.loopId}`}>Schedule their interviews</Link> : null}
          </>
        ) : null}
      </Notice>
      {way === 'new' ? (
        <NewCandidateForJob jobId={jobId} onAdded={setAdded} />
      ) : (
        <ExistingCandidateForJob jobId={jobId} onAdded={setAdded} />
      )}
    </section>
  );
}
