import '../questions.css';

/** A question's short title (a bank's "#### Law of Demeter"), shown above its prompt; nothing when it has none. */
export function QuestionLabel({ label }: { label: string | null | undefined }) {
  return label ? <p className="question-label">{label}</p> : null;
}
