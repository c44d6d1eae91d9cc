import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { CandidatesDocument } from '../../../generated/graphql';
import { useDebouncedValue } from '../hooks/useDebouncedValue';
import { possibleDuplicates, type CandidateFormValues } from '../utils/candidate-form';

/** While a new candidate is typed in: "this may be someone you already have", with a link to them. */
export function DuplicateCandidateNotice({ values }: { values: CandidateFormValues }) {
  const name = useDebouncedValue(values.name.trim());
  const email = useDebouncedValue(values.email.trim());
  const byName = useQuery(CandidatesDocument, { variables: { search: name }, skip: name.length < 3 });
  const byEmail = useQuery(CandidatesDocument, { variables: { search: email }, skip: !email.includes('@') });
  const found = [...(byName.data?.candidates ?? []), ...(byEmail.data?.candidates ?? [])];
  const unique = [...new Map(found.map((candidate) => [candidate.id, candidate])).values()];
  const matches = possibleDuplicates({ ...values, name, email }, unique);
  if (!matches.length) return null;
  return (
    <div className="alert alert--warning" role="status" data-testid="possible-duplicate">
      <p>{matches.length === 1 ? 'This may be a candidate you already have:' : 'These may be candidates you already have:'}</p>
      <ul>
        {matches.map((candidate) => (
          <li key={candidate.id}>
            <Link to={`/candidates/${candidate.id}`}>{candidate.name}</Link> ({candidate.email})
            {candidate.loops.length ? ` · ${candidate.loops.map((loop) => loop.job.title).join(', ')}` : ''}
          </li>
        ))}
      </ul>
      <p className="small">Open them to add them to this job instead, or go on if this is someone else.</p>
    </div>
  );
}
