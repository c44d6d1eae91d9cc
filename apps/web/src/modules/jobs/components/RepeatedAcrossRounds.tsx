import { useQuery } from '@apollo/client/react';
import { KitQuestionsDocument } from '../../../generated/graphql';
import { repeatedAcrossRounds } from '../utils/repeated-across-rounds';
import type { RoundDraft } from '../utils/job-form';

/** Before anyone is scheduled: the questions two rounds' kits share, so the loop would ask them twice. */
export function RepeatedAcrossRounds({ rounds }: { rounds: readonly RoundDraft[] }) {
  const chosen = rounds.filter((round) => round.kitId);
  const { data } = useQuery(KitQuestionsDocument, { skip: chosen.length < 2, fetchPolicy: 'cache-and-network' });
  const repeats = data ? repeatedAcrossRounds(rounds, data.kits) : [];
  if (!repeats.length) return null;
  return (
    <div className="alert alert--warning" role="status" data-testid="repeated-across-rounds">
      <p>
        {repeats.length === 1 ? 'One question is' : `${repeats.length} questions are`} in the kits of more than one round, so a candidate
        would be asked {repeats.length === 1 ? 'it' : 'them'} twice:
      </p>
      <ul>
        {repeats.map((repeat) => (
          <li key={repeat.questionId}>
            “{repeat.prompt}” — {repeat.rounds.join(', ')}
          </li>
        ))}
      </ul>
    </div>
  );
}
