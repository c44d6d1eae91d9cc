import type { Difficulty, QuestionType } from '../../../generated/graphql';
import { DIFFICULTY_LABELS, TYPE_LABELS } from '../../format';
import '../questions.css';

interface QuestionChipsProps {
  type: QuestionType;
  difficulty: Difficulty;
  tags: readonly string[];
}

/** Type, difficulty and technology tags as small chips. */
export function QuestionChips({ type, difficulty, tags }: QuestionChipsProps) {
  return (
    <ul className="chips" aria-label="Classification">
      <li className={`chip chip--type chip--${type.toLowerCase()}`}>{TYPE_LABELS[type]}</li>
      <li className="chip chip--difficulty">{DIFFICULTY_LABELS[difficulty]}</li>
      {tags.map((tag) => (
        <li key={tag} className="chip chip--tag">
          {tag}
        </li>
      ))}
    </ul>
  );
}

/** Whether the rubric has Look-for and Red-flag points: two small marks, spelled out for screen readers. */
export function RubricIndicator({ hasLookFor, hasRedFlags }: { hasLookFor: boolean; hasRedFlags: boolean }) {
  if (!hasLookFor && !hasRedFlags) {
    return <span className="rubric-indicator rubric-indicator--none">No rubric</span>;
  }
  return (
    <span className="rubric-indicator">
      {hasLookFor ? (
        <span className="rubric-indicator__item rubric-indicator__item--look" title="Has Look-for points">
          Look-for
        </span>
      ) : null}
      {hasRedFlags ? (
        <span className="rubric-indicator__item rubric-indicator__item--red" title="Has Red-flag points">
          Red flags
        </span>
      ) : null}
    </span>
  );
}
