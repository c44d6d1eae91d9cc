import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ROLE_LABELS } from '@panelist/roles';
import {
  CreateQuestionDocument,
  QuestionDocument,
  UpdateQuestionDocument,
  type QuestionFieldsFragment,
} from '../../generated/graphql';
import { useViewer } from '../../modules/auth/hooks/useViewer';
import { QuestionForm } from '../../modules/questions/components/QuestionForm';
import { canEditBank } from '../../modules/questions';
import { DIFFICULTY_LABELS, TYPE_LABELS, competencyLabel, formatDateTime } from '../../modules/format';
import {
  EMPTY_QUESTION,
  toContentInput,
  valuesFromRevision,
  type QuestionFormValues,
} from '../../modules/questions/utils/question-form-values';
import { describeError, type Problem } from '../../modules/errors/utils/describe-error';
import { Alert } from '../../modules/ui/components/Alert';
import { LoadingState } from '../../modules/ui/components/LoadingState';
import { PageHeading } from '../../modules/ui/components/PageHeading';

function checkLocally(values: QuestionFormValues): Problem | null {
  if (!values.prompt.trim()) return { code: 'BAD_USER_INPUT', field: 'prompt', message: 'Write the question the interviewer asks.' };
  return null;
}

/** A newer revision someone else saved while this person was editing. */
function ConflictPanel({
  newer,
  basedOnNewer,
  onKeepMine,
  onLoadTheirs,
}: {
  newer: QuestionFieldsFragment;
  basedOnNewer: boolean;
  onKeepMine: () => void;
  onLoadTheirs: () => void;
}) {
  const latest = newer.current;
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The Save button is at the bottom of a long form: bring the news to where the person is looking.
  useEffect(() => {
    headingRef.current?.focus();
  }, [basedOnNewer]);
  return (
    <section className="conflict" role="alert" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading" ref={headingRef} tabIndex={-1}>
        {basedOnNewer ? `Your edit now replaces revision ${latest.revision}` : `${latest.createdByName ?? 'Someone else'} saved a newer revision`}
      </h2>
      {basedOnNewer ? (
        <p>Your text is unchanged. Check it against their prompt below, then save again to make yours the next revision.</p>
      ) : (
        <p>
          Revision {latest.revision} was saved on {formatDateTime(latest.createdAt)} while you were editing, so yours was not saved.
          Everything you typed is still in the form below.
        </p>
      )}
      <figure className="conflict__theirs">
        <figcaption>Their prompt (revision {latest.revision})</figcaption>
        <blockquote>{latest.prompt}</blockquote>
        {latest.changeNote ? <p className="muted small">Change note: “{latest.changeNote}”</p> : null}
      </figure>
      {basedOnNewer ? null : (
        <div className="conflict__actions">
          <button type="button" className="button button--primary" onClick={onKeepMine}>
            Keep my text
          </button>
          <button type="button" className="button" onClick={onLoadTheirs}>
            Discard mine and load theirs
          </button>
          <Link to={`/bank/questions/${newer.id}`} target="_blank" rel="noreferrer" className="button button--quiet">
            Open their revision in a new tab
          </Link>
        </div>
      )}
    </section>
  );
}

function QuestionEditor({ question }: { question: QuestionFieldsFragment | null }) {
  const navigate = useNavigate();
  const client = useApolloClient();
  const [values, setValues] = useState<QuestionFormValues>(() => (question ? valuesFromRevision(question.current) : EMPTY_QUESTION));
  const [baseVersion, setBaseVersion] = useState(question?.version ?? 0);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [newer, setNewer] = useState<{ question: QuestionFieldsFragment; basedOnNewer: boolean } | null>(null);
  const [createQuestion, { loading: creating }] = useMutation(CreateQuestionDocument);
  const [updateQuestion, { loading: updating }] = useMutation(UpdateQuestionDocument);

  async function save() {
    const local = checkLocally(values);
    setProblem(local);
    if (local) return;
    try {
      const content = toContentInput(values);
      if (question) {
        const { data } = await updateQuestion({
          variables: { input: { id: question.id, version: baseVersion, content, changeNote: values.changeNote.trim() || null } },
        });
        if (data) await navigate(`/bank/questions/${data.updateQuestion.id}`);
      } else {
        const { data } = await createQuestion({ variables: { input: content } });
        if (data) await navigate(`/bank/questions/${data.createQuestion.id}`);
      }
    } catch (error) {
      const described = describeError(error);
      if (question && described.code === 'CONFLICT' && described.field === 'version') {
        setProblem(null);
        try {
          const { data } = await client.query({ query: QuestionDocument, variables: { id: question.id }, fetchPolicy: 'network-only' });
          if (data) {
            setNewer({ question: data.question, basedOnNewer: false });
            return;
          }
        } catch {
          // fall through to the plain message
        }
      }
      setProblem(described);
    }
  }

  const current = question?.current;
  const automatic = current
    ? {
        type: TYPE_LABELS[current.type],
        difficulty: DIFFICULTY_LABELS[current.difficulty],
        competencies: current.competencies.map(competencyLabel).join(', '),
        tags: current.tags.join(', '),
      }
    : undefined;

  return (
    <QuestionForm
      mode={question ? 'edit' : 'create'}
      values={values}
      onChange={setValues}
      onSubmit={() => void save()}
      onCancel={() => void navigate(question ? `/bank/questions/${question.id}` : '/bank')}
      problem={problem}
      saving={creating || updating}
      automatic={automatic}
      notice={
        newer ? (
          <ConflictPanel
            newer={newer.question}
            basedOnNewer={newer.basedOnNewer}
            onKeepMine={() => {
              setBaseVersion(newer.question.version);
              setNewer({ ...newer, basedOnNewer: true });
            }}
            onLoadTheirs={() => {
              setValues(valuesFromRevision(newer.question.current));
              setBaseVersion(newer.question.version);
              setNewer(null);
            }}
          />
        ) : null
      }
    />
  );
}

function NotAllowed() {
  const viewer = useViewer();
  return (
    <div className="stack">
      <Alert tone="info">
        Your role ({ROLE_LABELS[viewer.role]}) can read the question bank but not change it. Admins and hiring managers write
        and edit questions.
      </Alert>
      <p>
        <Link to="/bank">Back to the question bank</Link>
      </p>
    </div>
  );
}

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
      {canEditBank(viewer.role) ? <QuestionEditor question={null} /> : <NotAllowed />}
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
        {question ? (
          <p className="lead">Saving creates a new revision; the earlier ones stay readable.</p>
        ) : null}
      </header>
      {!editor ? (
        <NotAllowed />
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
