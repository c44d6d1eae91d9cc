import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { QuestionDocument } from '../../generated/graphql';
import { useViewer } from '../../modules/auth';
import { describeError } from '../../modules/errors';
import { canEditBank, NotAllowedToEdit, QuestionEditor } from '../../modules/questions';
import { Alert, LoadingState, PageHeading } from '../../modules/ui';
import '../../modules/questions/questions.css';

export function NewQuestionPage() {
  const viewer = useViewer();
  return (
    <div className="page page--narrow">
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <Link to="/bank">Question bank</Link>
        <span aria-hidden="true">/</span>
        <span aria-current="page">New question</span>
      </nav>
      <header className="page__header">
        <PageHeading title="New question">New question</PageHeading>
        <p className="lead">Add a question to {viewer.organization.name}’s bank.</p>
      </header>
      {canEditBank(viewer.role) ? <QuestionEditor question={null} /> : <NotAllowedToEdit />}
    </div>
  );
}

export function EditQuestionPage() {
  const { id = '' } = useParams();
  const viewer = useViewer();
  const editor = canEditBank(viewer.role);
  const { data, error, loading } = useQuery(QuestionDocument, { variables: { id }, fetchPolicy: 'network-only', skip: !editor });
  const question = data?.question;
  return (
    <div className="page page--narrow">
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <Link to="/bank">Question bank</Link>
        <span aria-hidden="true">/</span>
        {question ? <Link to={`/bank/questions/${question.id}`}>Question</Link> : <span>Question</span>}
        <span aria-hidden="true">/</span>
        <span aria-current="page">Edit</span>
      </nav>
      <header className="page__header">
        <PageHeading title="Edit question">Edit question</PageHeading>
        {question ? <p className="lead">Saving creates a new revision; the earlier ones stay readable.</p> : null}
      </header>
      {!editor ? (
        <NotAllowedToEdit />
      ) : question ? (
        <QuestionEditor key={question.id} question={question} />
      ) : loading ? (
        <LoadingState label="Loading the question…" />
      ) : (
        <Alert tone="error">{describeError(error).message}</Alert>
      )}
    </div>
  );
}
