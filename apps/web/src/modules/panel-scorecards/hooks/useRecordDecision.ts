import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { PanelScorecardDocument, RecordHiringDecisionDocument, type HiringDecisionKind } from '../../../generated/graphql';
import { describeError, type Problem } from '../../errors';

/** Records a hiring decision and puts it at the head of the panel scorecard's trail in the cache. */
export function useRecordDecision(loopId: string) {
  const [record, { loading }] = useMutation(RecordHiringDecisionDocument);
  const [problem, setProblem] = useState<Problem | null>(null);

  async function submit(decision: HiringDecisionKind, rationale: string): Promise<boolean> {
    setProblem(null);
    try {
      await record({
        variables: { input: { loopId, decision, rationale } },
        update(cache, { data }) {
          const recorded = data?.recordHiringDecision;
          if (!recorded) return;
          cache.updateQuery({ query: PanelScorecardDocument, variables: { loopId } }, (current) =>
            current
              ? {
                  panelScorecard: {
                    ...current.panelScorecard,
                    decision: recorded,
                    decisions: [recorded, ...current.panelScorecard.decisions],
                  },
                }
              : current,
          );
        },
      });
      return true;
    } catch (error) {
      setProblem(describeError(error));
      return false;
    }
  }

  return { submit, saving: loading, problem };
}
