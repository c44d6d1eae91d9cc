import type { QuestionFieldsFragment } from '../../../generated/graphql';
import { DIFFICULTY_LABELS, TYPE_LABELS, competencyLabel } from '../../format';
import { useQuestionEditor } from '../hooks/useQuestionEditor';
import { QuestionConflictPanel } from './QuestionConflictPanel';
import { QuestionForm } from './QuestionForm';
import '../questions.css';

/** The question form for a new question (question null) or a new revision of one. */
export function QuestionEditor({ question }: { question: QuestionFieldsFragment | null }) {
  const { values, setValues, problem, newer, saving, save, cancel, keepMine, loadTheirs } = useQuestionEditor(question);
  const current = question?.current;
  const automatic = current
    ? {
        type: TYPE_LABELS[current.type],
        difficulty: DIFFICULTY_LABELS[current.difficulty],
        competencies: current.competencies.map(competencyLabel).join(', '),
        tags: current.tags.join(', '),
      }
    : undefined;

  return (
    <QuestionForm
      mode={question ? 'edit' : 'create'}
      values={values}
      onChange={setValues}
      onSubmit={() => void save()}
      onCancel={cancel}
      problem={problem}
      saving={saving}
      automatic={automatic}
      notice={
        newer ? (
          <QuestionConflictPanel newer={newer.question} basedOnNewer={newer.basedOnNewer} onKeepMine={keepMine} onLoadTheirs={loadTheirs} />
        ) : null
      }
    />
  );
}
