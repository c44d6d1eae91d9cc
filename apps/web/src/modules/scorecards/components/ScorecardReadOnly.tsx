import { RECOMMENDATION_LABELS, type ScorecardDraft } from '@panelist/scorecards';
import { competencyLabel } from '../../format';
import { answerOf } from '../utils/draft-fields';
import { questionsOf, ratingText, sectionTitle, type InterviewKit } from '../utils/interview-kit';

/** A submitted scorecard as it stands: verdict first, then competencies, then every question with its evidence. */
export function ScorecardReadOnly({ kit, draft }: { kit: InterviewKit; draft: ScorecardDraft }) {
  const questions = questionsOf(kit);
  return (
    <div className="im-readonly" data-testid="scorecard-readonly">
      <section className="card" aria-labelledby="im-verdict-readonly">
        <h2 id="im-verdict-readonly">Recommendation</h2>
        <p className={`im-verdict-badge im-verdict-badge--${(draft.recommendation ?? 'none').toLowerCase()}`}>
          {draft.recommendation ? RECOMMENDATION_LABELS[draft.recommendation] : 'None'}
        </p>
        <h3>Summary</h3>
        <p className="im-prose">{draft.summary || <span className="muted">No summary.</span>}</p>
      </section>

      <section className="card" aria-labelledby="im-competencies-readonly">
        <h2 id="im-competencies-readonly">Competency ratings</h2>
        <table className="table table--two-col">
          <tbody>
            {draft.competencyRatings.map((entry) => (
              <tr key={entry.competency}>
                <th scope="row">{competencyLabel(entry.competency)}</th>
                <td>{entry.rating === null ? <span className="muted">Not rated</span> : ratingText(kit, entry.rating)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="card" aria-labelledby="im-answers-readonly">
        <h2 id="im-answers-readonly">Questions</h2>
        {kit.sections.map((section, sectionIndex) => (
          <div key={sectionIndex} className="im-readonly__section">
            <h3 className="eyebrow">{sectionTitle(section)}</h3>
            <ol className="im-readonly__answers">
              {questions
                .filter((question) => question.sectionIndex === sectionIndex)
                .map((question) => {
                  const answer = answerOf(draft, question.questionId);
                  return (
                    <li key={question.questionId} className="im-readonly__answer">
                      <p className="im-readonly__prompt">
                        <span className="im-question__number">Q{question.number}</span> {question.revision.prompt}
                      </p>
                      <p className="im-readonly__rating">
                        {answer.notAsked || answer.rating === null ? (
                          <span className="im-state im-state--not-asked">Not asked</span>
                        ) : (
                          <span className="im-state im-state--rated">{ratingText(kit, answer.rating)}</span>
                        )}
                      </p>
                      {answer.notes.trim() ? <p className="im-prose">{answer.notes}</p> : <p className="muted small">No notes.</p>}
                    </li>
                  );
                })}
            </ol>
          </div>
        ))}
      </section>
    </div>
  );
}
