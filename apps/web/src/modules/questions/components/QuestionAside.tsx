import { Link } from 'react-router';
import type { QuestionQuery, QuestionRevisionFieldsFragment } from '../../../generated/graphql';
import { ClassificationPanel } from './ClassificationPanel';
import { RevisionHistory } from './RevisionHistory';
import '../questions.css';

/** Beside the question: its classification, where it was imported from, the kits using it, and its revisions. */
export function QuestionAside({ question, revision }: { question: QuestionQuery['question']; revision: QuestionRevisionFieldsFragment }) {
  return (
    <aside className="question-layout__side" aria-label="About this question">
      <ClassificationPanel revision={revision} />
      {question.sources.length > 0 ? (
        <section className="side-section" aria-labelledby="sources-heading">
          <h2 id="sources-heading" className="side-section__title">
            Sources
          </h2>
          <ul className="sources">
            {question.sources.map((source, index) => (
              <li key={index}>
                <span className="sources__file">{source.file}</span>
                <span className="muted small">
                  {[source.item !== null ? `item ${source.item}` : null, source.line !== null ? `line ${source.line}` : null]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="side-section" aria-labelledby="kits-heading">
        <h2 id="kits-heading" className="side-section__title">
          Used in kits
        </h2>
        {question.kits.length === 0 ? (
          <p className="muted small">Not in any kit yet.</p>
        ) : (
          <ul className="used-in-kits">
            {question.kits.map((kit) => (
              <li key={kit.id}>
                <Link to={`/kits/${kit.id}/preview`}>{kit.title}</Link>
                <span className="muted small">
                  {kit.roleName} · revision {kit.pinnedRevision}
                  {kit.pinnedRevision < question.currentRevision ? ' (older)' : ''}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <RevisionHistory question={question} shownRevisionId={revision.id} />
    </aside>
  );
}
