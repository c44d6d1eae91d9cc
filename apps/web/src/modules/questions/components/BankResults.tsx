import type { KeyboardEvent } from 'react';
import { Link } from 'react-router';
import type { BankQuery } from '../../../generated/graphql';
import { Highlight } from './Highlight';
import { QuestionChips, RubricIndicator } from './QuestionChips';
import { QuestionLabel } from './QuestionLabel';
import '../questions.css';

type Edge = BankQuery['bank']['edges'][number];

interface BankResultsProps {
  edges: readonly Edge[];
  /** Moves focus between results: j/k and the arrow keys. */
  onNavigate: (from: HTMLElement, step: 1 | -1) => void;
}

/** The result list; every result is one link, so Enter opens it and Tab walks through them. */
export function BankResults({ edges, onNavigate }: BankResultsProps) {
  function onKeyDown(event: KeyboardEvent<HTMLAnchorElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'ArrowDown' || event.key === 'j') {
      event.preventDefault();
      onNavigate(event.currentTarget, 1);
    } else if (event.key === 'ArrowUp' || event.key === 'k') {
      event.preventDefault();
      onNavigate(event.currentTarget, -1);
    }
  }

  return (
    <ol className="results" aria-label="Questions">
      {edges.map(({ node, highlight }) => (
        <li key={node.id} className="result">
          <Link to={`/bank/questions/${node.id}`} className="result__link" data-result onKeyDown={onKeyDown}>
            <QuestionLabel label={node.label} />
            <span className="result__prompt">
              <Highlight segments={highlight.length ? highlight : [{ text: node.prompt, match: false }]} />
            </span>
          </Link>
          <div className="result__meta">
            <QuestionChips type={node.type} difficulty={node.difficulty} tags={node.tags} />
            <RubricIndicator hasLookFor={node.hasLookFor} hasRedFlags={node.hasRedFlags} />
          </div>
        </li>
      ))}
    </ol>
  );
}
