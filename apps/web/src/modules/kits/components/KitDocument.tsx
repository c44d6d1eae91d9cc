import type { KitFieldsFragment } from '../../../generated/graphql';
import { QuestionLabel, QuestionRubric, RichText } from '../../questions';
import { TYPE_LABELS, competencyLabel } from '../../format';
import '../kits.css';

/** The kit as the interviewer holds it: notes, each section's questions with their rubric, the rating scale. */
export function KitDocument({ kit }: { kit: KitFieldsFragment }) {
  // Questions are numbered through the kit: Q1, Q2, … across sections.
  const firstNumber = kit.sections.map((_, index) => kit.sections.slice(0, index).reduce((sum, s) => sum + s.questions.length, 1));
  return (
    <div className="kit-document">
      <section className="kit-doc-intro card" aria-labelledby="kit-notes-heading">
        <dl className="kit-doc-facts">
          <div>
            <dt>Role</dt>
            <dd>{kit.roleName}</dd>
          </div>
          <div>
            <dt>Length</dt>
            <dd>{kit.interviewMinutes} min</dd>
          </div>
          <div>
            <dt>Planned</dt>
            <dd>
              {kit.summary.totalMinutes} min · {kit.summary.questionCount} questions
            </dd>
          </div>
        </dl>
        <h2 id="kit-notes-heading">Notes for interviewers</h2>
        {kit.notes.trim() ? <RichText text={kit.notes} /> : <p className="muted">No notes.</p>}
      </section>

      {kit.sections.map((section, sectionIndex) => (
        <section key={section.id} className="kit-doc-section" aria-labelledby={`kit-section-${section.id}`}>
          <header className="kit-doc-section__header">
            <p className="eyebrow">
              Section {sectionIndex + 1} · {competencyLabel(section.competency)} ·{' '}
              {section.questions.reduce((sum, q) => sum + q.plannedMinutes, 0)} min
            </p>
            <h2 id={`kit-section-${section.id}`}>{section.title || competencyLabel(section.competency)}</h2>
          </header>
          {section.questions.length === 0 ? <p className="muted">No questions in this section.</p> : null}
          <ol className="kit-doc-questions" aria-label={`Questions in ${section.title || competencyLabel(section.competency)}`}>
            {section.questions.map((question, questionIndex) => {
              const number = firstNumber[sectionIndex] + questionIndex;
              const { revision } = question;
              return (
                <li key={question.id} className="kit-doc-question card">
                  <div className="kit-doc-question__top">
                    <span className="kit-doc-question__number">Q{number}</span>
                    <span className={`chip chip--type chip--${revision.type.toLowerCase()}`}>{TYPE_LABELS[revision.type]}</span>
                    <span className="muted small">{question.plannedMinutes} min</span>
                  </div>
                  <QuestionLabel label={revision.label} />
                  <p className="kit-doc-question__prompt">{revision.prompt}</p>
                  {revision.code ? (
                    <pre className="code-block" aria-label="Code for the question">
                      <code>{revision.code}</code>
                    </pre>
                  ) : null}
                  <QuestionRubric revision={revision} printable />
                </li>
              );
            })}
          </ol>
        </section>
      ))}

      <section className="kit-doc-scale card" aria-labelledby="kit-scale-heading">
        <h2 id="kit-scale-heading">Rating scale</h2>
        <table className="table kit-scale-table">
          <thead>
            <tr>
              <th scope="col">Rating</th>
              <th scope="col">Label</th>
              <th scope="col">What earns it</th>
            </tr>
          </thead>
          <tbody>
            {kit.ratingScale.map((point) => (
              <tr key={point.value}>
                <td className="kit-scale-table__value">{point.value}</td>
                <th scope="row">{point.label}</th>
                <td>{point.anchor}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
