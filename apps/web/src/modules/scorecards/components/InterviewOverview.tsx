import type { ScorecardDraft } from '@panelist/scorecards';
import type { Ref } from 'react';
import { answerOf } from '../utils/draft-fields';
import { ratingText, sectionTitle, type InterviewKit, type KitQuestion } from '../utils/interview-kit';

interface InterviewOverviewProps {
  kit: InterviewKit;
  questions: readonly KitQuestion[];
  draft: ScorecardDraft;
  /** The step shown: a question index, or questions.length for the wrap-up. */
  current: number;
  onJump: (step: number) => void;
  currentRef: Ref<HTMLButtonElement>;
  /** A touch screen: no keyboard hints. */
  touch?: boolean;
}

function stateOf(kit: InterviewKit, draft: ScorecardDraft, question: KitQuestion): { text: string; tone: string } {
  const answer = answerOf(draft, question.questionId);
  if (answer.notAsked) return { text: 'Not asked', tone: 'not-asked' };
  if (answer.rating !== null) return { text: ratingText(kit, answer.rating), tone: 'rated' };
  return { text: 'Unanswered', tone: 'open' };
}

/** Every question by section with its rating, "not asked" or open state and whether it has notes; any one is a click away. */
export function InterviewOverview({ kit, questions, draft, current, onJump, currentRef, touch = false }: InterviewOverviewProps) {
  return (
    <nav className="card im-overview" aria-labelledby="im-overview-heading" id="interview-overview">
      <div className="im-overview__head">
        <h2 id="im-overview-heading">Overview</h2>
        {touch ? null : (
          <p className="muted small">
            Press <kbd>o</kbd> or <kbd>Esc</kbd> to close.
          </p>
        )}
      </div>
      <div className="im-overview__sections">
        {kit.sections.map((section, sectionIndex) => (
          <section key={sectionIndex} className="im-overview__section" aria-labelledby={`im-overview-section-${sectionIndex}`}>
            <h3 id={`im-overview-section-${sectionIndex}`} className="eyebrow">
              {sectionTitle(section)}
            </h3>
            <ol className="im-overview__list">
              {questions
                .filter((question) => question.sectionIndex === sectionIndex)
                .map((question) => {
                  const index = question.number - 1;
                  const state = stateOf(kit, draft, question);
                  const hasNotes = answerOf(draft, question.questionId).notes.trim().length > 0;
                  return (
                    <li key={question.questionId}>
                      <button
                        type="button"
                        ref={index === current ? currentRef : undefined}
                        className={`im-overview__item${index === current ? ' is-current' : ''}`}
                        aria-current={index === current ? 'step' : undefined}
                        onClick={() => onJump(index)}
                        data-testid={`overview-q${question.number}`}
                      >
                        <span className="im-overview__number">Q{question.number}</span>
                        <span className="im-overview__prompt">{question.revision.prompt}</span>
                        <span className="im-overview__state">
                          <span className={`im-state im-state--${state.tone}`}>{state.text}</span>
                          <span className="muted small">{hasNotes ? 'Notes' : 'No notes'}</span>
                        </span>
                      </button>
                    </li>
                  );
                })}
            </ol>
          </section>
        ))}
      </div>
      <button
        type="button"
        ref={current === questions.length ? currentRef : undefined}
        className={`button button--small${current === questions.length ? ' is-current' : ''}`}
        aria-current={current === questions.length ? 'step' : undefined}
        onClick={() => onJump(questions.length)}
      >
        Wrap-up: recommendation and summary
      </button>
    </nav>
  );
}
