import type { BankHealthQuery, QuestionSummaryFieldsFragment } from '../../../generated/graphql';
import { QuestionChips } from '../../questions';
import { Count, QuestionLink } from './HealthParts';
import '../bank-health.css';

interface Props {
  health: BankHealthQuery['bankHealth'];
  editor: boolean;
  dismissing: string | null;
  notDuplicates: (a: QuestionSummaryFieldsFragment, b: QuestionSummaryFieldsFragment) => Promise<void>;
}

/** Pairs of similar questions; editors can mark a pair as different questions. */
export function DuplicatesSection({ health, editor, dismissing, notDuplicates }: Props) {
  return (
    <section className="card card--flush" id="duplicates" aria-labelledby="duplicates-heading">
      <div className="card__header">
        <h2 id="duplicates-heading">
          Possible duplicates <Count value={health.possibleDuplicates.length} />
        </h2>
        <p className="muted">
          Two versions of one question split its history: candidates get different wordings and their answers are scored against different
          rubrics.
          {editor ? ' Edit or archive one of them, or mark the pair as different questions.' : ''}
        </p>
      </div>
      {health.possibleDuplicates.length === 0 ? (
        <div className="card__body">
          <p className="health-ok">No similar questions left to review.</p>
        </div>
      ) : (
        <ul className="duplicate-pairs">
          {health.possibleDuplicates.map(({ a, b, score }) => {
            const key = `${a.id}:${b.id}`;
            return (
              <li key={key} className="duplicate-pair" aria-label={`${Math.round(score * 100)}% similar`}>
                <div className="duplicate-pair__side">
                  <QuestionLink question={a} />
                  <QuestionChips type={a.type} difficulty={a.difficulty} tags={a.tags} />
                </div>
                <div className="duplicate-pair__score">
                  <span className="score">{Math.round(score * 100)}%</span>
                  <span className="muted small">similar</span>
                </div>
                <div className="duplicate-pair__side">
                  <QuestionLink question={b} />
                  <QuestionChips type={b.type} difficulty={b.difficulty} tags={b.tags} />
                </div>
                {editor ? (
                  <div className="duplicate-pair__actions">
                    <button
                      type="button"
                      className="button button--small"
                      disabled={dismissing === key}
                      onClick={() => void notDuplicates(a, b)}
                    >
                      {dismissing === key ? 'Saving…' : 'Not duplicates'}
                    </button>
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
