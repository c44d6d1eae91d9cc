import { useApolloClient } from '@apollo/client/react';
import type { Recommendation } from '@panelist/scorecards';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  InterviewModeDocument,
  type InterviewModeFieldsFragment,
  type InterviewModeScorecardFieldsFragment,
} from '../../../generated/graphql';
import { RichText } from '../../questions';
import { PHONE_QUERY, TOUCH_QUERY, useMediaQuery } from '../../ui';
import { useInterviewClock } from '../hooks/useInterviewClock';
import { useInterviewShortcuts } from '../hooks/useInterviewShortcuts';
import { useScorecardAutosave } from '../hooks/useScorecardAutosave';
import { useScorecardSubmit } from '../hooks/useScorecardSubmit';
import { answerOf, answerProgress, withAnswer, withCompetencyRating } from '../utils/draft-fields';
import { questionsOf, scoringKitOf } from '../utils/interview-kit';
import { isTypingTarget, type ShortcutAction } from '../utils/shortcuts';
import { paramForStep, stepFromParam } from '../utils/steps';
import { ConflictPanel } from './ConflictPanel';
import { InterviewHeader } from './InterviewHeader';
import { InterviewOverview } from './InterviewOverview';
import { InterviewTimer } from './InterviewTimer';
import { QuestionStep } from './QuestionStep';
import { RatingRadioGroup } from './RatingRadioGroup';
import { InterviewBar } from './InterviewBar';
import { SaveStatusIndicator } from './SaveStatusIndicator';
import { WrapUpStep } from './WrapUpStep';

interface ScoringWorkspaceProps {
  interview: InterviewModeFieldsFragment;
  scorecard: InterviewModeScorecardFieldsFragment;
}

/** Interview mode while the scorecard is a draft: one question at a time, then the wrap-up, all autosaved. */
export function ScoringWorkspace({ interview, scorecard }: ScoringWorkspaceProps) {
  const client = useApolloClient();
  const { kit } = interview;
  const questions = useMemo(() => questionsOf(kit), [kit]);
  const scoring = useMemo(() => scoringKitOf(kit), [kit]);
  const autosave = useScorecardAutosave(scorecard);
  const submitter = useScorecardSubmit(scorecard.id, scoring, autosave);
  const [searchParams, setSearchParams] = useSearchParams();
  // The step lives in state, mirrored to ?q= for reloads: the router commits URL changes in a
  // transition, which a fast "j then 2" would outrun and rate the previous question.
  const [step, setStep] = useState(() => stepFromParam(searchParams.get('q'), questions.length));
  const question = step < questions.length ? questions[step] : null;
  const [overviewOpen, setOverviewOpen] = useState(false);
  const [restoredSeen, setRestoredSeen] = useState(false);
  // A touch screen gets no keyboard hints; a phone gets the rating in the sticky bar, within thumb reach.
  const touch = useMediaQuery(TOUCH_QUERY);
  const phone = useMediaQuery(PHONE_QUERY);
  const clock = useInterviewClock(scorecard.id, question?.questionId ?? 'wrap-up');

  const headingRef = useRef<HTMLHeadingElement>(null);
  const notesRef = useRef<HTMLTextAreaElement>(null);
  const summaryRef = useRef<HTMLTextAreaElement>(null);
  const recommendationRef = useRef<HTMLDivElement>(null);
  const overviewCurrentRef = useRef<HTMLButtonElement>(null);
  const conflictHeadingRef = useRef<HTMLHeadingElement>(null);
  // Where focus goes once the step and the overview have rendered as asked: the step's heading, or the overview's current item.
  const focusAfterRender = useRef<{ target: 'heading' | 'overview'; step: number; overviewOpen: boolean } | null>(null);

  useEffect(() => {
    const pending = focusAfterRender.current;
    // The URL (step) and the overview state may land in different renders; wait until both have.
    if (!pending || pending.step !== step || pending.overviewOpen !== overviewOpen) return;
    focusAfterRender.current = null;
    if (pending.target === 'heading') headingRef.current?.focus();
    else overviewCurrentRef.current?.focus();
  });

  // A new conflict replaced text the interviewer may be typing: take them to the panel to choose.
  // Once the last one is settled, hand focus back to the step so the keys work again.
  const conflictCount = autosave.conflicts.length;
  const hadConflicts = useRef(false);
  useEffect(() => {
    if (conflictCount > 0 && !hadConflicts.current) conflictHeadingRef.current?.focus();
    if (conflictCount === 0 && hadConflicts.current) headingRef.current?.focus();
    hadConflicts.current = conflictCount > 0;
  }, [conflictCount]);

  const progress = answerProgress(questions.map((q) => answerOf(autosave.draft, q.questionId)));
  const currentAnswer = question ? answerOf(autosave.draft, question.questionId) : null;

  function goTo(next: number) {
    const target = Math.max(0, Math.min(next, questions.length));
    setStep(target);
    setOverviewOpen(false);
    focusAfterRender.current = { target: 'heading', step: target, overviewOpen: false };
    setSearchParams(
      (current) => {
        const params = new URLSearchParams(current);
        params.set('q', paramForStep(target, questions.length));
        return params;
      },
      { replace: true },
    );
  }

  function toggleOverview() {
    focusAfterRender.current = { target: overviewOpen ? 'heading' : 'overview', step, overviewOpen: !overviewOpen };
    setOverviewOpen(!overviewOpen);
  }

  function answer(update: Parameters<typeof withAnswer>[2], timing: 'now' | 'debounced') {
    if (!question) return;
    autosave.edit((draft) => withAnswer(draft, question.questionId, update), timing);
  }

  function chooseRecommendation(recommendation: Recommendation) {
    autosave.edit((draft) => ({ ...draft, recommendation }), 'now');
    submitter.clearFieldError('recommendation');
  }

  function writeSummary(summary: string) {
    autosave.edit((draft) => ({ ...draft, summary }), 'debounced');
    submitter.clearFieldError('summary');
  }

  async function submit() {
    const field = await submitter.submit();
    if (field === 'recommendation') recommendationRef.current?.querySelector('input')?.focus();
    if (field === 'summary') summaryRef.current?.focus();
  }

  function onShortcut(action: ShortcutAction, event: KeyboardEvent): boolean {
    switch (action.type) {
      case 'rate':
        answer({ rating: action.rating, notAsked: false }, 'now');
        return question !== null;
      case 'notAsked':
        answer({ rating: null, notAsked: true }, 'now');
        return question !== null;
      case 'next':
        if (step < questions.length) goTo(step + 1);
        return true;
      case 'previous':
        if (step > 0) goTo(step - 1);
        return true;
      case 'focusNotes':
        (question ? notesRef : summaryRef).current?.focus();
        return true;
      case 'toggleOverview':
        toggleOverview();
        return true;
      case 'submit':
        if (question) return false;
        void submit();
        return true;
      case 'escape':
        // Leave the text field so digits rate again; or close the overview.
        if (isTypingTarget(event.target)) {
          headingRef.current?.focus();
          return true;
        }
        if (overviewOpen) {
          toggleOverview();
          return true;
        }
        return false;
    }
  }

  useInterviewShortcuts(kit.ratingScale.length, onShortcut);

  const stepLabel = question ? `Q${question.number}` : 'Wrap-up';
  return (
    <div className="page im-page">
      <InterviewHeader interview={interview}>
        <InterviewTimer
          totalMs={clock.totalMs}
          totalPlannedMinutes={interview.durationMinutes}
          stepMs={clock.stepMs}
          stepPlannedMinutes={question?.plannedMinutes ?? null}
          stepLabel={stepLabel}
          onRestart={clock.restart}
        />
        <SaveStatusIndicator status={autosave.status} />
      </InterviewHeader>

      {autosave.restored && !restoredSeen ? (
        <div className="alert alert--info im-notice">
          <p>
            Changes you made on this device that had not reached the server were restored{autosave.status === 'saved' ? ' and saved' : ''}.
          </p>
          <button type="button" className="link-button" onClick={() => setRestoredSeen(true)}>
            Dismiss
          </button>
        </div>
      ) : null}
      {autosave.problem ? (
        <div className="alert alert--error im-notice" role="alert">
          <p>{autosave.problem}</p>
          {autosave.locked ? (
            <button
              type="button"
              className="button button--small"
              onClick={() => void client.refetchQueries({ include: [InterviewModeDocument] })}
            >
              Show the submitted scorecard
            </button>
          ) : (
            <button type="button" className="button button--small" onClick={() => void autosave.retry()}>
              Try again
            </button>
          )}
        </div>
      ) : null}
      <ConflictPanel
        kit={kit}
        questions={questions}
        conflicts={autosave.conflicts}
        onResolve={autosave.resolveConflict}
        headingRef={conflictHeadingRef}
      />

      {kit.notes.trim() ? (
        <details className="disclosure im-kit-notes" open={step === 0 || undefined}>
          <summary>Notes for interviewers</summary>
          <RichText text={kit.notes} />
        </details>
      ) : null}

      {overviewOpen ? (
        <InterviewOverview
          kit={kit}
          questions={questions}
          draft={autosave.draft}
          current={step}
          onJump={goTo}
          currentRef={overviewCurrentRef}
          touch={touch}
        />
      ) : null}

      {question ? (
        <QuestionStep
          key={question.questionId}
          kit={kit}
          question={question}
          total={questions.length}
          answer={answerOf(autosave.draft, question.questionId)}
          onRate={(rating) => answer({ rating, notAsked: false }, 'now')}
          onNotAsked={() => answer({ rating: null, notAsked: true }, 'now')}
          onClear={() => answer({ rating: null, notAsked: false }, 'now')}
          onNotes={(notes) => answer({ notes }, 'debounced')}
          headingRef={headingRef}
          notesRef={notesRef}
          ratingInBar={phone}
          touch={touch}
        />
      ) : (
        <WrapUpStep
          kit={kit}
          scoring={scoring}
          questions={questions}
          draft={autosave.draft}
          errors={submitter.errors}
          formProblem={submitter.formProblem}
          submitting={submitter.submitting}
          onCompetencyRating={(competency, rating) => autosave.edit((draft) => withCompetencyRating(draft, competency, rating), 'now')}
          onRecommendation={chooseRecommendation}
          onSummary={writeSummary}
          onJump={goTo}
          onSubmit={() => void submit()}
          headingRef={headingRef}
          summaryRef={summaryRef}
          recommendationRef={recommendationRef}
          startsLater={Date.parse(interview.scheduledAt) > clock.now ? interview.scheduledAt : null}
          touch={touch}
        />
      )}

      <InterviewBar
        position={question ? `Question ${question.number} of ${questions.length}` : 'Wrap-up'}
        answered={progress.rated}
        notAsked={progress.notAsked}
        status={autosave.status}
        conflictCount={conflictCount}
        scalePoints={kit.ratingScale.length}
        canGoBack={step > 0}
        canGoOn={step < questions.length}
        nextLabel={step === questions.length - 1 ? 'Wrap-up' : 'Next'}
        overviewOpen={overviewOpen}
        onPrevious={() => goTo(step - 1)}
        onNext={() => goTo(step + 1)}
        onToggleOverview={toggleOverview}
        onShowConflicts={() => conflictHeadingRef.current?.focus()}
        touch={touch}
        phone={phone}
        rating={
          phone && question ? (
            <RatingRadioGroup
              label={`Rating for Q${question.number}`}
              scale={kit.ratingScale}
              value={currentAnswer?.rating ?? null}
              onRate={(rating) => answer({ rating, notAsked: false }, 'now')}
              notAsked={{ checked: currentAnswer?.notAsked ?? false, onChoose: () => answer({ rating: null, notAsked: true }, 'now') }}
              compact
            />
          ) : null
        }
      />
    </div>
  );
}
