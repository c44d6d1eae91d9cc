import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { BankHealthDocument, DismissDuplicateSuggestionDocument, type QuestionSummaryFieldsFragment } from '../../generated/graphql';
import { useViewer } from '../../modules/auth/hooks/useViewer';
import { QuestionChips } from '../../modules/questions/components/QuestionChips';
import { PROTECTED_EXPLANATION } from '../../modules/questions/components/ProtectedFindings';
import { canEditBank } from '../../modules/questions';
import { categoryLabel, fieldLabel, plural } from '../../modules/format';
import { describeError } from '../../modules/errors/utils/describe-error';
import { Alert } from '../../modules/ui/components/Alert';
import { LoadingState } from '../../modules/ui/components/LoadingState';
import { PageHeading } from '../../modules/ui/components/PageHeading';

/** Questions without a rubric listed before "Show more". */
const MISSING_PREVIEW = 10;

function QuestionLink({ question }: { question: QuestionSummaryFieldsFragment }) {
  return <Link to={`/bank/questions/${question.id}`}>{question.prompt}</Link>;
}

function Count({ value }: { value: number }) {
  return <span className={`count-pill${value === 0 ? ' count-pill--ok' : ''}`}>{value}</span>;
}

export function BankHealthPage() {
  const viewer = useViewer();
  const editor = canEditBank(viewer.role);
  const { data, error, loading, refetch } = useQuery(BankHealthDocument, { fetchPolicy: 'cache-and-network' });
  const [dismiss] = useMutation(DismissDuplicateSuggestionDocument);
  const [dismissing, setDismissing] = useState<string | null>(null);
  const [allMissing, setAllMissing] = useState(false);
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

  return (
    <div className="page">
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <Link to="/bank">Question bank</Link>
        <span aria-hidden="true">/</span>
        <span aria-current="page">Bank health</span>
      </nav>
      <header className="page__header">
        <PageHeading title="Bank health">Bank health</PageHeading>
        <p className="lead">What to fix before these questions are used in interviews.</p>
      </header>

      {!health ? (
        loading ? (
          <LoadingState label="Checking the bank…" />
        ) : (
          <Alert tone="error">{describeError(error).message}</Alert>
        )
      ) : (
        <>
          <nav className="health-summary" aria-label="Sections">
            <a href="#missing-rubric" className="health-summary__item">
              <Count value={health.missingRubricCount} /> without a rubric
            </a>
            <a href="#duplicates" className="health-summary__item">
              <Count value={health.possibleDuplicates.length} /> possible duplicates
            </a>
            <a href="#protected" className="health-summary__item">
              <Count value={health.protectedCharacteristics.length} /> protected-characteristic findings
            </a>
          </nav>

          <div className="notice-region" aria-live="polite" aria-atomic="true">
            {notice ? <div className={`alert alert--${notice.tone}`}>{notice.text}</div> : null}
          </div>

          <section className="card card--flush" id="missing-rubric" aria-labelledby="missing-heading">
            <div className="card__header">
              <h2 id="missing-heading">
                Questions without a rubric <Count value={health.missingRubricCount} />
              </h2>
              <p className="muted">
                Without Look-for or Red-flag points every interviewer grades against their own idea of a good answer, so scores from
                different interviewers cannot be compared.
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
                    <Link to="/bank?rubric=no">
                      See all {health.missingRubricCount} in the bank, with filters
                    </Link>
                  </div>
                ) : null}
              </>
            )}
          </section>

          <section className="card card--flush" id="duplicates" aria-labelledby="duplicates-heading">
            <div className="card__header">
              <h2 id="duplicates-heading">
                Possible duplicates <Count value={health.possibleDuplicates.length} />
              </h2>
              <p className="muted">
                Two versions of one question split its history: candidates get different wordings and their answers are scored
                against different rubrics.
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

          <section className="card card--flush" id="protected" aria-labelledby="protected-section-heading">
            <div className="card__header">
              <h2 id="protected-section-heading">
                May invite disclosure of a protected characteristic <Count value={health.protectedCharacteristics.length} />
              </h2>
              <p className="muted">{PROTECTED_EXPLANATION}</p>
            </div>
            {health.protectedCharacteristics.length === 0 ? (
              <div className="card__body">
                <p className="health-ok">No question or model answer mentions age, family, religion, health or nationality.</p>
              </div>
            ) : (
              <ul className="health-list">
                {health.protectedCharacteristics.map((question) => (
                  <li key={question.id}>
                    <QuestionLink question={question} />
                    <ul className="findings">
                      {question.protectedFindings.map((finding, index) => (
                        <li key={index}>
                          <mark className="finding__match">{finding.match}</mark> in <strong>{fieldLabel(finding.field)}</strong>{' '}
                          <span className="muted">({categoryLabel(finding.category)})</span>
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <p className="muted small">
            {plural(health.missingRubricCount + health.possibleDuplicates.length + health.protectedCharacteristics.length, 'item')} to review in
            total.
          </p>
        </>
      )}
    </div>
  );
}
