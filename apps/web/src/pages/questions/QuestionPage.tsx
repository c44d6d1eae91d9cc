import { Link, useParams } from 'react-router';
import { useViewer } from '../../modules/auth';
import { describeError } from '../../modules/errors';
import { formatDate } from '../../modules/format';
import {
  canEditBank,
  OldRevisionBanner,
  ProtectedFindings,
  QuestionAside,
  QuestionRevisionView,
  QuestionStatusActions,
  useQuestionPage,
} from '../../modules/questions';
import { Alert, LoadingState, PageHeading } from '../../modules/ui';
import '../../modules/questions/questions.css';

function shorten(text: string, length = 70): string {
  return text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;
}

/** /bank/questions/:id, or an earlier revision of it with ?revision=. */
export function QuestionPage() {
  const { id = '' } = useParams();
  const viewer = useViewer();
  const { question, error, loading, old, viewingOld, revision } = useQuestionPage(id);

  if (!question) {
    if (loading) return <LoadingState label="Loading the question…" />;
    const problem = describeError(error);
    return (
      <div className="page">
        <PageHeading title="Question not found">
          {problem.code === 'NOT_FOUND' ? 'Question not found' : 'The question could not be loaded'}
        </PageHeading>
        <Alert tone="error">
          {problem.code === 'NOT_FOUND' ? 'This question does not exist, or it belongs to another organization.' : problem.message}
        </Alert>
        <p>
          <Link to="/bank">Back to the question bank</Link>
        </p>
      </div>
    );
  }

  const editor = canEditBank(viewer.role) && !viewingOld;
  const category = question.category.join(' › ');

  return (
    <div className="page question-page">
      <header className="page__header page__header--split question-page__header">
        <div className="page__header-text">
          <nav className="breadcrumbs" aria-label="Breadcrumb">
            <Link to="/bank">Question bank</Link>
            <span aria-hidden="true">/</span>
            <span aria-current="page">{category || 'Question'}</span>
          </nav>
          <p className="muted small">
            Revision {question.currentRevision} · changed {formatDate(question.updatedAt)}
            {question.status === 'ARCHIVED' ? ' · archived' : ''}
          </p>
        </div>
        {editor ? <QuestionStatusActions question={question} /> : null}
      </header>

      {question.status === 'ARCHIVED' ? (
        <Alert tone="info">This question is archived: it no longer appears in the bank search. Its history is kept.</Alert>
      ) : null}

      {viewingOld ? <OldRevisionBanner question={question} revision={revision} /> : null}

      {!viewingOld ? <ProtectedFindings findings={question.protectedFindings} /> : null}

      {old.error && viewingOld ? <Alert tone="error">{describeError(old.error).message}</Alert> : null}

      {revision ? (
        <div className="question-layout">
          <div className="question-layout__main">
            <QuestionRevisionView
              revision={revision}
              heading={<PageHeading title={shorten(revision.prompt)}>{revision.prompt}</PageHeading>}
            />
          </div>
          <QuestionAside question={question} revision={revision} />
        </div>
      ) : old.loading ? (
        <LoadingState label="Loading the revision…" />
      ) : null}
    </div>
  );
}
