import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { CandidateDocument, SaveCandidateDocument, type CandidateDetailFragment } from '../../../generated/graphql';
import { describeError, type Problem } from '../../errors';
import { candidateFormValues, checkCandidate, toCandidateInput, type CandidateFormValues } from '../utils/candidate-form';
import { CandidateForm } from './CandidateForm';

interface EditCandidateProps {
  candidate: CandidateDetailFragment;
  onSaved: (message: string) => void;
  onCancel: () => void;
}

const CONFLICT_MESSAGE =
  'Someone else changed this candidate while you were editing. Their version is shown above; your changes are still here. Save again to replace theirs, or cancel to keep it.';

/** Edits name, email and links with the version they were read at; a stale version is a CONFLICT. */
export function EditCandidate({ candidate, onSaved, onCancel }: EditCandidateProps) {
  const [values, setValues] = useState<CandidateFormValues>(() => candidateFormValues(candidate));
  const [baseVersion, setBaseVersion] = useState(candidate.version);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saveCandidate, { loading }] = useMutation(SaveCandidateDocument);
  const client = useApolloClient();

  /** Loads their version (the page shows it above the form) and lets the next save replace it. */
  async function takeTheirVersion(): Promise<boolean> {
    try {
      const { data } = await client.query({ query: CandidateDocument, variables: { id: candidate.id }, fetchPolicy: 'network-only' });
      if (!data) return false;
      setBaseVersion(data.candidate.version);
      return true;
    } catch {
      return false;
    }
  }

  async function submit() {
    const local = checkCandidate(values);
    setProblem(local);
    if (local) return;
    try {
      await saveCandidate({ variables: { input: { id: candidate.id, version: baseVersion, candidate: toCandidateInput(values) } } });
      onSaved('Candidate saved.');
    } catch (error) {
      const described = describeError(error);
      if (described.code === 'CONFLICT' && described.field === 'version' && (await takeTheirVersion())) {
        setProblem({ ...described, field: null, message: CONFLICT_MESSAGE });
        return;
      }
      setProblem(described);
    }
  }

  return (
    <CandidateForm
      label="Edit candidate"
      values={values}
      onChange={setValues}
      onSubmit={() => void submit()}
      problem={problem}
      saving={loading}
      submitLabel="Save candidate"
      actions={
        <button type="button" className="button button--quiet" onClick={onCancel} disabled={loading}>
          Cancel
        </button>
      }
    />
  );
}
