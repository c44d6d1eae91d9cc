import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { CreateCandidateDocument, JobDocument } from '../../../generated/graphql';
import {
  CandidateForm,
  DuplicateCandidateNotice,
  EMPTY_CANDIDATE,
  checkCandidate,
  toCandidateInput,
  type CandidateFormValues,
} from '../../candidates';
import { describeError, type Problem } from '../../errors';

export interface AddedToJob {
  candidateName: string;
  loopId: string | null;
}

/** Adds a new person and starts their loop for the job, in one request. */
export function NewCandidateForJob({ jobId, onAdded }: { jobId: string; onAdded: (added: AddedToJob) => void }) {
  const [values, setValues] = useState<CandidateFormValues>(EMPTY_CANDIDATE);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [createCandidate, { loading }] = useMutation(CreateCandidateDocument, {
    refetchQueries: [{ query: JobDocument, variables: { id: jobId } }],
    awaitRefetchQueries: true,
  });

  async function submit() {
    const local = checkCandidate(values);
    setProblem(local);
    if (local) return;
    try {
      const { data } = await createCandidate({ variables: { input: { ...toCandidateInput(values), jobId } } });
      if (!data) return;
      const created = data.createCandidate;
      setValues(EMPTY_CANDIDATE);
      onAdded({ candidateName: created.name, loopId: created.loops.find((loop) => loop.job.id === jobId)?.id ?? null });
    } catch (error) {
      setProblem(describeError(error));
    }
  }

  return (
    <CandidateForm
      label="New candidate"
      values={values}
      onChange={setValues}
      onSubmit={() => void submit()}
      problem={problem}
      saving={loading}
      submitLabel="Add candidate"
      notice={<DuplicateCandidateNotice values={values} />}
    />
  );
}
