import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { CandidatesDocument, JobDocument, StartLoopDocument } from '../../../generated/graphql';
import { useDebouncedValue } from '../../candidates';
import { describeError } from '../../errors';
import { Alert, LoadingState, TextField } from '../../ui';
import type { AddedToJob } from './NewCandidateForJob';

const SHOWN = 8;

/** Finds someone already in the organization (by name or email) and starts their loop for the job. */
export function ExistingCandidateForJob({ jobId, onAdded }: { jobId: string; onAdded: (added: AddedToJob) => void }) {
  const [search, setSearch] = useState('');
  const settled = useDebouncedValue(search.trim());
  const [failure, setFailure] = useState<string | null>(null);
  const { data, loading, error } = useQuery(CandidatesDocument, {
    variables: { search: settled || null },
    fetchPolicy: 'cache-and-network',
  });
  const [startLoop, { loading: starting }] = useMutation(StartLoopDocument, {
    refetchQueries: [{ query: JobDocument, variables: { id: jobId } }],
    awaitRefetchQueries: true,
  });

  async function start(candidateId: string, name: string) {
    setFailure(null);
    try {
      const { data: started } = await startLoop({ variables: { candidateId, jobId } });
      if (started) onAdded({ candidateName: name, loopId: started.startLoop.id });
    } catch (startError) {
      setFailure(describeError(startError).message);
    }
  }

  const candidates = data?.candidates.slice(0, SHOWN) ?? [];
  return (
    <div className="existing-candidate">
      <TextField
        label="Search candidates"
        type="search"
        hint="Name or email."
        autoComplete="off"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      {failure ? <Alert tone="error">{failure}</Alert> : null}
      {error && !data ? (
        <Alert tone="error">{describeError(error).message}</Alert>
      ) : !data ? (
        loading ? (
          <LoadingState label="Searching…" />
        ) : null
      ) : candidates.length === 0 ? (
        <p className="muted">{settled ? `No candidate matches “${settled}”.` : 'No candidates yet: add a new one instead.'}</p>
      ) : (
        <ul className="candidate-results" aria-label="Matching candidates">
          {candidates.map((candidate) => {
            const inJob = candidate.loops.some((loop) => loop.job.id === jobId);
            return (
              <li key={candidate.id} className="candidate-result">
                <div className="candidate-result__who">
                  <span className="candidate-result__name">{candidate.name}</span>
                  <span className="muted small">{candidate.email}</span>
                </div>
                {inJob ? (
                  <span className="muted small">Already interviewing for this job</span>
                ) : (
                  <button
                    type="button"
                    className="button button--small"
                    disabled={starting}
                    onClick={() => void start(candidate.id, candidate.name)}
                    aria-label={`Start a loop for ${candidate.name}`}
                  >
                    Start loop
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
