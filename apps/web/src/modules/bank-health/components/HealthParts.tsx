import { Link } from 'react-router';
import type { QuestionSummaryFieldsFragment } from '../../../generated/graphql';
import '../bank-health.css';

export function QuestionLink({ question }: { question: QuestionSummaryFieldsFragment }) {
  return <Link to={`/bank/questions/${question.id}`}>{question.prompt}</Link>;
}

/** A count that reads green at zero. */
export function Count({ value }: { value: number }) {
  return <span className={`count-pill${value === 0 ? ' count-pill--ok' : ''}`}>{value}</span>;
}
