import { useState } from 'react';
import { Link } from 'react-router';
import type { BankHealthQuery } from '../../../generated/graphql';
import { QuestionChips } from '../../questions';
import { Count, QuestionLink } from './HealthParts';
import '../bank-health.css';

/** Questions without a rubric listed before "Show more". */
const MISSING_PREVIEW = 10;

/** Questions without Look-for or Red-flag points, ten at first. */
export function MissingRubricSection({ health }: { health: BankHealthQuery['bankHealth'] }) {
  const [allMissing, setAllMissing] = useState(false);
  return (
    <section className="card card--flush" id="missing-rubric" aria-labelledby="missing-heading">
      <div className="card__header">
        <h2 id="missing-heading">
          Questions without a rubric <Count value={health.missingRubricCount} />
        </h2>
        <p className="muted">
          Without Look-for or Red-flag points every interviewer grades against their own idea of a good answer, so scores from different
          interviewers cannot be compared.
        </p>
      </div>
      {health.missingRubric.length === 0 ? (
        <div className="card__body">
          <p className="health-ok">Every question has Look-for or Red-flag points.</p>
        </div>
      ) : (
        <>
          <ul className="health-list">
            {(allMissing ? health.missingRubric : health.missingRubric.slice(0, MISSING_PREVIEW)).map((question) => (
              <li key={question.id}>
                <QuestionLink question={question} />
                <QuestionChips type={question.type} difficulty={question.difficulty} tags={question.tags} />
              </li>
            ))}
          </ul>
          {health.missingRubricCount > MISSING_PREVIEW ? (
            <div className="card__body card__footer">
              {!allMissing && health.missingRubric.length > MISSING_PREVIEW ? (
                <button type="button" className="button button--small" onClick={() => setAllMissing(true)}>
                  Show {health.missingRubric.length - MISSING_PREVIEW} more here
                </button>
              ) : null}
              <Link to="/bank?rubric=no">See all {health.missingRubricCount} in the bank, with filters</Link>
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}
