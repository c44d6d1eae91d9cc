import { unansweredQuestions, type Recommendation, type ScorecardDraft, type ScoringKit } from '@panelist/scorecards';
import type { Ref } from 'react';
import { formatDateTime, plural } from '../../format';
import { Alert, Field } from '../../ui';
import type { InterviewKit, KitQuestion } from '../utils/interview-kit';
import { CompetencyRatings } from './CompetencyRatings';
import { RecommendationRadioGroup } from './RecommendationRadioGroup';

interface WrapUpStepProps {
  kit: InterviewKit;
  scoring: ScoringKit;
  questions: readonly KitQuestion[];
  draft: ScorecardDraft;
  /** Field → message: "recommendation", "summary". */
  errors: ReadonlyMap<string, string>;
  formProblem: string | null;
  submitting: boolean;
  onCompetencyRating: (competency: string, rating: number | null) => void;
  onRecommendation: (recommendation: Recommendation) => void;
  onSummary: (summary: string) => void;
  onJump: (step: number) => void;
  onSubmit: () => void;
  headingRef: Ref<HTMLHeadingElement>;
  summaryRef: Ref<HTMLTextAreaElement>;
  recommendationRef: Ref<HTMLDivElement>;
  /** When the interview starts, if it has not yet: the server refuses a submit before then. */
  startsLater: string | null;
  /** A touch screen: no keyboard hints. */
  touch?: boolean;
}

/** The last step: competency ratings, the overall recommendation, the summary, what is still open, and Submit. */
export function WrapUpStep({
  kit,
  scoring,
  questions,
  draft,
  errors,
  formProblem,
  submitting,
  onCompetencyRating,
  onRecommendation,
  onSummary,
  onJump,
  onSubmit,
  headingRef,
  summaryRef,
  recommendationRef,
  startsLater,
  touch = false,
}: WrapUpStepProps) {
  const open = new Set(unansweredQuestions(scoring, draft.answers));
  const unanswered = questions.filter((question) => open.has(question.questionId));
  return (
    <article className="im-wrap-up" aria-labelledby="im-wrap-up-heading" data-testid="wrap-up-step">
      <h2 id="im-wrap-up-heading" ref={headingRef} tabIndex={-1} className="im-wrap-up__title">
        Wrap-up
      </h2>

      <CompetencyRatings kit={kit} scoring={scoring} draft={draft} onChange={onCompetencyRating} />

      <section className="card im-verdict" aria-labelledby="im-verdict-heading">
        <h2 id="im-verdict-heading">Recommendation and summary</h2>
        <RecommendationRadioGroup
          value={draft.recommendation}
          onChange={onRecommendation}
          error={errors.get('recommendation')}
          groupRef={recommendationRef}
        />
        <Field
          label="Summary"
          hint={
            touch
              ? 'The evidence behind your recommendation, in a few sentences.'
              : 'The evidence behind your recommendation, in a few sentences. Ctrl+Enter (⌘+Enter) submits.'
          }
          error={errors.get('summary')}
        >
          {(control) => (
            <textarea
              {...control}
              ref={summaryRef}
              className="input textarea"
              rows={6}
              value={draft.summary}
              onChange={(event) => onSummary(event.target.value)}
              data-testid="summary"
            />
          )}
        </Field>
      </section>

      <section className="card im-unanswered" aria-labelledby="im-unanswered-heading">
        <h2 id="im-unanswered-heading">
          {unanswered.length ? `${plural(unanswered.length, 'question')} without a rating` : 'Every question is rated or marked not asked'}
        </h2>
        {unanswered.length ? (
          <>
            <p className="muted small">If you submit now, they are recorded as not asked.</p>
            <ul className="im-unanswered__list">
              {unanswered.map((question) => (
                <li key={question.questionId}>
                  <button type="button" className="link-button" onClick={() => onJump(question.number - 1)}>
                    Q{question.number}
                  </button>{' '}
                  <span className="im-unanswered__prompt">{question.revision.prompt}</span>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      {formProblem ? <Alert tone="error">{formProblem}</Alert> : null}
      {startsLater ? (
        <Alert tone="info">
          This interview starts {formatDateTime(startsLater)}. You can prepare your notes now and submit once it has started.
        </Alert>
      ) : null}
      <div className="im-submit">
        <button
          type="button"
          className="button button--primary"
          onClick={onSubmit}
          disabled={submitting || startsLater !== null}
          data-testid="submit-scorecard"
        >
          {submitting ? 'Submitting…' : 'Submit scorecard'}
        </button>
        <span className="muted small">
          {touch ? null : (
            <>
              <kbd>Ctrl</kbd>+<kbd>Enter</kbd> submits.{' '}
            </>
          )}
          A submitted scorecard is locked; changes after that are amendments with a reason.
        </span>
      </div>
    </article>
  );
}
