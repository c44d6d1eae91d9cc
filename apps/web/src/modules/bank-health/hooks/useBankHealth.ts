import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { BankHealthDocument, DismissDuplicateSuggestionDocument, type QuestionSummaryFieldsFragment } from '../../../generated/graphql';
import { describeError } from '../../errors';

/** The bank's health report, and marking a suggested pair as different questions. */
export function useBankHealth() {
  const { data, error, loading, refetch } = useQuery(BankHealthDocument, { fetchPolicy: 'cache-and-network' });
  const [dismiss] = useMutation(DismissDuplicateSuggestionDocument);
  const [dismissing, setDismissing] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const health = data?.bankHealth;

  async function notDuplicates(a: QuestionSummaryFieldsFragment, b: QuestionSummaryFieldsFragment) {
    const key = `${a.id}:${b.id}`;
    setDismissing(key);
    setNotice(null);
    try {
      await dismiss({ variables: { questionA: a.id, questionB: b.id } });
      await refetch();
      setNotice({ tone: 'success', text: 'Marked as different questions; the pair no longer shows here.' });
    } catch (caught) {
      setNotice({ tone: 'error', text: describeError(caught).message });
    } finally {
      setDismissing(null);
    }
  }

  return { health, error, loading, dismissing, notice, notDuplicates };
}
