import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { CreateQuestionDocument, QuestionDocument, UpdateQuestionDocument, type QuestionFieldsFragment } from '../../../generated/graphql';
import { describeError, type Problem } from '../../errors';
import { EMPTY_QUESTION, toContentInput, valuesFromRevision, type QuestionFormValues } from '../utils/question-form-values';

function checkLocally(values: QuestionFormValues): Problem | null {
  if (!values.prompt.trim()) return { code: 'BAD_USER_INPUT', field: 'prompt', message: 'Write the question the interviewer asks.' };
  return null;
}

/**
 * Writing a new question or a new revision: the form values, a local check, the save, and a newer
 * revision saved meanwhile (keep mine on top of it, or load theirs).
 */
export function useQuestionEditor(question: QuestionFieldsFragment | null) {
  const navigate = useNavigate();
  const client = useApolloClient();
  const [values, setValues] = useState<QuestionFormValues>(() => (question ? valuesFromRevision(question.current) : EMPTY_QUESTION));
  const [baseVersion, setBaseVersion] = useState(question?.version ?? 0);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [newer, setNewer] = useState<{ question: QuestionFieldsFragment; basedOnNewer: boolean } | null>(null);
  const [createQuestion, { loading: creating }] = useMutation(CreateQuestionDocument);
  const [updateQuestion, { loading: updating }] = useMutation(UpdateQuestionDocument);

  async function save() {
    const local = checkLocally(values);
    setProblem(local);
    if (local) return;
    try {
      const content = toContentInput(values);
      if (question) {
        const { data } = await updateQuestion({
          variables: { input: { id: question.id, version: baseVersion, content, changeNote: values.changeNote.trim() || null } },
        });
        if (data) await navigate(`/bank/questions/${data.updateQuestion.id}`);
      } else {
        const { data } = await createQuestion({ variables: { input: content } });
        if (data) await navigate(`/bank/questions/${data.createQuestion.id}`);
      }
    } catch (error) {
      const described = describeError(error);
      if (question && described.code === 'CONFLICT' && described.field === 'version') {
        setProblem(null);
        try {
          const { data } = await client.query({ query: QuestionDocument, variables: { id: question.id }, fetchPolicy: 'network-only' });
          if (data) {
            setNewer({ question: data.question, basedOnNewer: false });
            return;
          }
        } catch {
          // fall through to the plain message
        }
      }
      setProblem(described);
    }
  }

  function keepMine() {
    if (!newer) return;
    setBaseVersion(newer.question.version);
    setNewer({ ...newer, basedOnNewer: true });
  }

  function loadTheirs() {
    if (!newer) return;
    setValues(valuesFromRevision(newer.question.current));
    setBaseVersion(newer.question.version);
    setNewer(null);
  }

  const cancel = () => void navigate(question ? `/bank/questions/${question.id}` : '/bank');

  return { values, setValues, problem, newer, saving: creating || updating, save, cancel, keepMine, loadTheirs };
}
