import { useMutation } from '@apollo/client/react';
import { competenciesOf, type ScorecardDraft } from '@panelist/scorecards';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { AmendScorecardDocument, InterviewModeHistoryDocument } from '../../../generated/graphql';
import { competencyLabel } from '../../format';
import { describeError } from '../../errors';
import { Alert, TextAreaField } from '../../ui';
import { answerOf, changeBetween, ownCompetencyRating, withAnswer, withCompetencyRating } from '../utils/draft-fields';
import { questionsOf, scoringKitOf, type InterviewKit } from '../utils/interview-kit';
import { RatingRadioGroup } from './RatingRadioGroup';
import { RecommendationRadioGroup } from './RecommendationRadioGroup';

const MIN_REASON_LENGTH = 3;
const FIELDS = ['reason', 'recommendation', 'summary'] as const;

interface AmendFormProps {
  kit: InterviewKit;
  scorecardId: string;
  version: number;
  /** The scorecard as submitted: the amendment sends only what differs from it. */
  submitted: ScorecardDraft;
  /** Where editing starts: the submitted scorecard, or changes this device kept. */
  initial: ScorecardDraft;
  onDone: (revision: number) => void;
  onCancel: () => void;
}

/** An amendment of a submitted scorecard: change what needs changing and say why; it becomes a new revision. */
export function AmendForm({ kit, scorecardId, version, submitted, initial, onDone, onCancel }: AmendFormProps) {
  const [draft, setDraft] = useState(initial);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<ReadonlyMap<string, string>>(new Map());
  const [formProblem, setFormProblem] = useState<string | null>(null);
  const [amend, { loading }] = useMutation(AmendScorecardDocument, { refetchQueries: [InterviewModeHistoryDocument] });
  const questions = useMemo(() => questionsOf(kit), [kit]);
  const competencies = useMemo(() => competenciesOf(scoringKitOf(kit)), [kit]);
  const formRef = useRef<HTMLFormElement>(null);
  // Bumped when a save is refused, so focus moves to the first field to fix once it is marked.
  const [refusals, setRefusals] = useState(0);

  useEffect(() => {
    if (!refusals) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid?.matches('input, textarea') ? invalid : invalid?.querySelector<HTMLElement>('input'))?.focus();
  }, [refusals]);

  async function save(event: FormEvent) {
    event.preventDefault();
    setFormProblem(null);
    const change = changeBetween(submitted, draft);
    const local = new Map<string, string>();
    if (reason.trim().length < MIN_REASON_LENGTH) local.set('reason', 'Say why you are amending the scorecard: it is kept in the history.');
    if (draft.recommendation === null) local.set('recommendation', 'A submitted scorecard keeps an overall recommendation.');
    if (!draft.summary.trim()) local.set('summary', 'A submitted scorecard keeps a summary.');
    setErrors(local);
    if (local.size) {
      setRefusals((n) => n + 1);
      return;
    }
    if (!change) {
      setFormProblem('Nothing has changed yet. Change a rating, a note, the recommendation or the summary, or cancel.');
      return;
    }
    try {
      const { data } = await amend({ variables: { input: { scorecardId, version, reason: reason.trim(), ...change } } });
      if (data) onDone(data.amendScorecard.revision);
    } catch (error) {
      const problem = describeError(error);
      if (problem.field && (FIELDS as readonly string[]).includes(problem.field)) {
        setErrors(new Map([[problem.field, problem.message]]));
        setRefusals((n) => n + 1);
      } else
        setFormProblem(problem.code === 'CONFLICT' ? `${problem.message} Reload the page to amend the latest revision.` : problem.message);
    }
  }

  return (
    <form ref={formRef} className="im-amend" onSubmit={(event) => void save(event)} aria-labelledby="im-amend-heading" noValidate>
      <div className="card">
        <div className="card__header">
          <h2 id="im-amend-heading">Amend the scorecard</h2>
          <p className="muted small">The submitted revision stays in the history; this becomes the next one.</p>
        </div>
        <RecommendationRadioGroup
          value={draft.recommendation}
          onChange={(recommendation) => setDraft((d) => ({ ...d, recommendation }))}
          error={errors.get('recommendation')}
        />
        <TextAreaField
          label="Summary"
          rows={5}
          value={draft.summary}
          error={errors.get('summary')}
          onChange={(event) => setDraft((d) => ({ ...d, summary: event.target.value }))}
        />
      </div>

      <section className="card" aria-labelledby="im-amend-competencies">
        <h2 id="im-amend-competencies">Competency ratings</h2>
        <ul className="im-competencies__list">
          {competencies.map((competency) => (
            <li key={competency} className="im-competency">
              <h3 className="im-competency__name">{competencyLabel(competency)}</h3>
              <RatingRadioGroup
                label={`Rating for ${competencyLabel(competency)}`}
                scale={kit.ratingScale}
                value={ownCompetencyRating(draft, competency)}
                onRate={(rating) => setDraft((d) => withCompetencyRating(d, competency, rating))}
              />
            </li>
          ))}
        </ul>
      </section>

      <section className="card" aria-labelledby="im-amend-questions">
        <h2 id="im-amend-questions">Questions</h2>
        <ol className="im-amend__questions">
          {questions.map((question) => {
            const answer = answerOf(draft, question.questionId);
            return (
              <li key={question.questionId} className="im-amend__question">
                <p className="im-readonly__prompt">
                  <span className="im-question__number">Q{question.number}</span> {question.revision.prompt}
                </p>
                <RatingRadioGroup
                  label={`Rating for Q${question.number}`}
                  scale={kit.ratingScale}
                  value={answer.rating}
                  onRate={(rating) => setDraft((d) => withAnswer(d, question.questionId, { rating, notAsked: false }))}
                  notAsked={{
                    checked: answer.notAsked || answer.rating === null,
                    onChoose: () => setDraft((d) => withAnswer(d, question.questionId, { rating: null, notAsked: true })),
                  }}
                />
                <TextAreaField
                  label={`Notes on Q${question.number}`}
                  rows={3}
                  value={answer.notes}
                  onChange={(event) => {
                    const notes = event.target.value;
                    setDraft((d) => withAnswer(d, question.questionId, { notes }));
                  }}
                />
              </li>
            );
          })}
        </ol>
      </section>

      <div className="card im-amend__reason">
        <TextAreaField
          label="Reason for the amendment"
          hint="Required. Shown in the revision history, e.g. “Corrected the rating of Q2 after re-reading my notes”."
          rows={3}
          required
          value={reason}
          error={errors.get('reason')}
          onChange={(event) => setReason(event.target.value)}
        />
        {formProblem ? <Alert tone="error">{formProblem}</Alert> : null}
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={loading}>
            {loading ? 'Saving the amendment…' : 'Save amendment'}
          </button>
          <button type="button" className="button" onClick={onCancel} disabled={loading}>
            Cancel
          </button>
        </div>
      </div>
    </form>
  );
}
