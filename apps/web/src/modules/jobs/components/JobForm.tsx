import { useApolloClient, useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { CreateJobDocument, JobDocument, SaveJobDocument, type JobDetailFragment } from '../../../generated/graphql';
import { describeError, errorFieldPath, type Problem } from '../../errors';
import { Alert, SelectField, TextField } from '../../ui';
import type { Option } from '../hooks/useJobFormOptions';
import { JOB_STATUS_LABELS, checkJob, jobFieldPath, jobFormValues, toJobInput, type JobFormValues } from '../utils/job-form';
import { JobConflict } from './JobConflict';
import { JobRoundsEditor } from './JobRoundsEditor';

const FIELD_ORDER = ['title', 'team', 'hiringManagerId', 'status'];
const STATUS_OPTIONS = (['OPEN', 'CLOSED'] as const).map((value) => ({ value, label: JOB_STATUS_LABELS[value] }));

interface JobFormProps {
  /** Null for a new job. */
  job: JobDetailFragment | null;
  managers: readonly Option[];
  kits: readonly Option[];
}

/** Title, team, hiring manager and ordered rounds; saving an existing job sends the version it was edited on. */
export function JobForm({ job, managers, kits }: JobFormProps) {
  const navigate = useNavigate();
  const client = useApolloClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<JobFormValues>(() => jobFormValues(job));
  const [baseVersion, setBaseVersion] = useState(job?.version ?? 0);
  const [problems, setProblems] = useState<Map<string, string>>(new Map());
  const [serverProblem, setServerProblem] = useState<Problem | null>(null);
  const [conflict, setConflict] = useState<{ theirs: JobDetailFragment; keepingMine: boolean } | null>(null);
  const [createJob, { loading: creating }] = useMutation(CreateJobDocument);
  const [saveJob, { loading: saving }] = useMutation(SaveJobDocument);

  /** Set on submit: take the person to the first field with a problem once it is shown. */
  const focusProblem = useRef(false);
  useEffect(() => {
    if (!focusProblem.current) return;
    focusProblem.current = false;
    const first = [...problems.keys()][0];
    if (first) formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
  }, [problems]);

  /** A field's problem goes away as soon as it is edited; "rounds" clears every round's (their numbers may shift). */
  function clearProblem(path: string) {
    setProblems((current) => {
      const stale = [...current.keys()].filter((key) => key === path || (path === 'rounds' && key.startsWith('rounds')));
      if (stale.length === 0) return current;
      const next = new Map(current);
      stale.forEach((key) => next.delete(key));
      return next;
    });
  }

  const set = <K extends keyof JobFormValues>(key: K, value: JobFormValues[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    if (key !== 'rounds') clearProblem(key);
  };

  async function showConflict(described: Problem) {
    if (!job) return setServerProblem(described);
    try {
      const { data } = await client.query({ query: JobDocument, variables: { id: job.id }, fetchPolicy: 'network-only' });
      if (data) return setConflict({ theirs: data.job, keepingMine: false });
    } catch {
      // fall through to the plain message
    }
    setServerProblem(described);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const local = checkJob(values);
    setServerProblem(null);
    focusProblem.current = true;
    setProblems(local);
    if (local.size > 0) return;
    try {
      const input = toJobInput(values);
      const saved = job
        ? (await saveJob({ variables: { input: { id: job.id, version: baseVersion, job: input, status: values.status } } })).data?.saveJob
        : (await createJob({ variables: { input } })).data?.createJob;
      if (saved) await navigate(`/jobs/${saved.id}`);
    } catch (error) {
      const described = describeError(error);
      const path = jobFieldPath(errorFieldPath(error));
      if (described.code === 'CONFLICT' && path === 'version') return showConflict(described);
      if (path && path !== 'version' && described.code === 'BAD_USER_INPUT') {
        focusProblem.current = true;
        setProblems(new Map([[path, described.message]]));
      } else setServerProblem(described);
    }
  }

  const unplaced = [...problems.entries()].find(([field]) => !FIELD_ORDER.includes(field) && !field.startsWith('rounds'));
  const formError = serverProblem?.message ?? unplaced?.[1];
  const managerOptions =
    job && !managers.some((manager) => manager.value === job.hiringManager.userId)
      ? [...managers, { value: job.hiringManager.userId, label: `${job.hiringManager.name} (no longer an active manager)` }]
      : managers;
  return (
    <form ref={formRef} className="job-form" onSubmit={(event) => void submit(event)} noValidate aria-label={job ? 'Edit job' : 'New job'}>
      {conflict ? (
        <JobConflict
          theirs={conflict.theirs}
          keepingMine={conflict.keepingMine}
          onKeepMine={() => {
            setBaseVersion(conflict.theirs.version);
            setConflict({ ...conflict, keepingMine: true });
          }}
          onLoadTheirs={() => {
            setValues(jobFormValues(conflict.theirs));
            setBaseVersion(conflict.theirs.version);
            setConflict(null);
          }}
        />
      ) : null}
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <section className="card" aria-labelledby="job-details-heading">
        <div className="card__header">
          <h2 id="job-details-heading">Job</h2>
          <p className="muted">What candidates apply for, and who decides.</p>
        </div>
        <div className="form-grid">
          <TextField
            label="Title"
            name="title"
            maxLength={120}
            placeholder="e.g. Senior Backend Engineer"
            value={values.title}
            onChange={(event) => set('title', event.target.value)}
            error={problems.get('title')}
          />
          <TextField
            label="Team (optional)"
            name="team"
            maxLength={120}
            placeholder="e.g. Payments"
            value={values.team}
            onChange={(event) => set('team', event.target.value)}
            error={problems.get('team')}
          />
          <SelectField
            label="Hiring manager"
            name="hiringManagerId"
            options={[{ value: '', label: 'Choose a hiring manager…' }, ...managerOptions]}
            value={values.hiringManagerId}
            onChange={(event) => set('hiringManagerId', event.target.value)}
            error={problems.get('hiringManagerId')}
          />
          {job ? (
            <SelectField
              label="Status"
              name="status"
              options={STATUS_OPTIONS}
              value={values.status}
              onChange={(event) => set('status', event.target.value === 'CLOSED' ? 'CLOSED' : 'OPEN')}
              error={problems.get('status')}
            />
          ) : null}
        </div>
      </section>
      <section className="card" aria-labelledby="job-rounds-heading">
        <div className="card__header">
          <h2 id="job-rounds-heading">Interview rounds</h2>
          <p className="muted">In the order a candidate meets them. Each round is held with a kit.</p>
        </div>
        <JobRoundsEditor
          rounds={values.rounds}
          onChange={(rounds) => set('rounds', rounds)}
          onEdited={clearProblem}
          kits={kits}
          problems={problems}
        />
      </section>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={creating || saving}>
          {creating || saving ? 'Saving…' : job ? 'Save job' : 'Create job'}
        </button>
        <Link to={job ? `/jobs/${job.id}` : '/jobs'} className="button button--quiet">
          Cancel
        </Link>
      </div>
    </form>
  );
}
