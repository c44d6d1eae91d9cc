import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import {
  ArchiveQuestionDocument,
  QuestionDocument,
  QuestionRevisionDocument,
  RestoreQuestionDocument,
  type QuestionFieldsFragment,
} from '../../generated/graphql';
import { useViewer } from '../../modules/auth/hooks/useViewer';
import { ClassificationPanel } from '../../modules/questions/components/ClassificationPanel';
import { ProtectedFindings } from '../../modules/questions/components/ProtectedFindings';
import { QuestionRevisionView } from '../../modules/questions/components/QuestionRevisionView';
import { RevisionHistory } from '../../modules/questions/components/RevisionHistory';
import { canEditBank } from '../../modules/questions';
import { formatDate, formatDateTime } from '../../modules/format';
import { describeError } from '../../modules/errors/utils/describe-error';
import { Alert } from '../../modules/ui/components/Alert';
import { LoadingState } from '../../modules/ui/components/LoadingState';
import { PageHeading } from '../../modules/ui/components/PageHeading';

function shorten(text: string, length = 70): string {
  return text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;
}

function StatusActions({ question }: { question: QuestionFieldsFragment }) {
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [archive, { loading: archiving }] = useMutation(ArchiveQuestionDocument);
  const [restore, { loading: restoring }] = useMutation(RestoreQuestionDocument);
  const busy = archiving || restoring;

  async function run(action: () => Promise<unknown>) {
    setProblem(null);
    try {
      await action();
      setConfirming(false);
    } catch (error) {
      setProblem(describeError(error).message);
    }
  }

  return (
    <div className="page__actions">
      {question.status === 'ACTIVE' ? (
        <>
          <Link to={`/bank/questions/${question.id}/edit`} className="button button--primary">
            Edit
          </Link>
          {confirming ? (
            <span className="confirm" role="group" aria-label="Confirm archiving">
              <span className="confirm__question">Archive? It leaves the bank; its history stays.</span>
              <button
                type="button"
                className="button button--small button--danger"
                disabled={busy}
                onClick={() => void run(() => archive({ variables: { id: question.id } }))}
              >
                Yes, archive
              </button>
              <button type="button" className="button button--small button--quiet" onClick={() => setConfirming(false)}>
                Cancel
              </button>
            </span>
          ) : (
            <button type="button" className="button button--quiet-danger" onClick={() => setConfirming(true)}>
              Archive
            </button>
          )}
        </>
      ) : (
        <button type="button" className="button" disabled={busy} onClick={() => void run(() => restore({ variables: { id: question.id } }))}>
          {restoring ? 'Restoring…' : 'Restore to the bank'}
        </button>
      )}
      {problem ? <Alert tone="error">{problem}</Alert> : null}
    </div>
  );
}

export function QuestionPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const viewer = useViewer();
  const { data, error, loading } = useQuery(QuestionDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const question = data?.question;
  const requestedRevision = params.get('revision');
  const viewingOld = Boolean(question && requestedRevision && requestedRevision !== question.current.id);
  const old = useQuery(QuestionRevisionDocument, {
    variables: { id: requestedRevision ?? '' },
    skip: !viewingOld,
  });

  if (!question) {
    if (loading) return <LoadingState label="Loading the question…" />;
    const problem = describeError(error);
    return (
      <div className="page">
        <PageHeading title="Question not found">{problem.code === 'NOT_FOUND' ? 'Question not found' : 'The question could not be loaded'}</PageHeading>
        <Alert tone="error">
          {problem.code === 'NOT_FOUND' ? 'This question does not exist, or it belongs to another organization.' : problem.message}
        </Alert>
        <p>
          <Link to="/bank">Back to the question bank</Link>
        </p>
      </div>
    );
  }

  const revision = viewingOld ? old.data?.questionRevision : question.current;
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
        {editor ? <StatusActions question={question} /> : null}
      </header>

      {question.status === 'ARCHIVED' ? (
        <Alert tone="info">This question is archived: it no longer appears in the bank search. Its history is kept.</Alert>
      ) : null}

      {viewingOld ? (
        <div className="alert alert--warning revision-banner" role="status">
          <span>
            {revision ? (
              <>
                You are viewing <strong>revision {revision.revision}</strong> of {question.currentRevision}, saved by{' '}
                {revision.createdByName ?? 'an import'} on {formatDateTime(revision.createdAt)}. It is read-only.
              </>
            ) : (
              'Loading the earlier revision…'
            )}
          </span>
          <Link to={`/bank/questions/${question.id}`} className="button button--small">
            Back to the current revision
          </Link>
        </div>
      ) : null}

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
        </div>
      ) : old.loading ? (
        <LoadingState label="Loading the revision…" />
      ) : null}
    </div>
  );
}
