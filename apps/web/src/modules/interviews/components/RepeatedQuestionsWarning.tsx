import type { RepeatedQuestionView } from '../utils/repeated-questions';

/** Questions asked in more than one interview of the loop: usually a planning slip. */
export function RepeatedQuestionsWarning({ repeated }: { repeated: readonly RepeatedQuestionView[] }) {
  if (repeated.length === 0) return null;
  return (
    <div className="alert alert--warning repeated-questions" role="note" aria-labelledby="repeated-questions-heading">
      <p id="repeated-questions-heading" className="alert__title">
        <strong>{repeated.length === 1 ? 'A question is asked twice' : `${repeated.length} questions are asked more than once`}</strong>
      </p>
      <ul>
        {repeated.map((question) => (
          <li key={question.questionId}>
            <span className="repeated-questions__prompt">“{question.prompt}”</span>
            <span className="repeated-questions__where">
              Question asked in {question.interviews.length} interviews of this loop: {question.interviews.join(', ')}.
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
