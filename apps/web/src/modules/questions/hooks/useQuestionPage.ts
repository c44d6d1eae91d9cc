import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { QuestionDocument, QuestionRevisionDocument } from '../../../generated/graphql';

/** The question, and the earlier revision named by ?revision= when there is one. */
export function useQuestionPage(id: string) {
  const [params] = useSearchParams();
  const { data, error, loading } = useQuery(QuestionDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const question = data?.question;
  const requestedRevision = params.get('revision');
  const viewingOld = Boolean(question && requestedRevision && requestedRevision !== question.current.id);
  const old = useQuery(QuestionRevisionDocument, {
    variables: { id: requestedRevision ?? '' },
    skip: !viewingOld,
  });

  const revision = viewingOld ? old.data?.questionRevision : question?.current;
  return { question, error, loading, old, viewingOld, revision };
}
