import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { MAX_WEIGHT, MIN_WEIGHT } from '@panelist/kits';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { BankFacetsDocument, CloneKitDocument, KitDocument, TakeNewerRevisionDocument, type KitFieldsFragment } from '../../generated/graphql';
import { useViewer } from '../../modules/auth/hooks/useViewer';
import { canEditBank } from '../../modules/questions';
import { competencyLabel } from '../../modules/format';
import { describeError } from '../../modules/errors/utils/describe-error';
import { KitBankPanel, type BankQuestion } from '../../modules/kits/components/KitBankPanel';
import { KitSections } from '../../modules/kits/components/KitSections';
import { KitSummaryBar } from '../../modules/kits/components/KitSummaryBar';
import { RatingScaleEditor } from '../../modules/kits/components/RatingScaleEditor';
import { useKitAutosave, type SaveStatus } from '../../modules/kits/hooks/useKitAutosave';
import {
  addQuestion,
  addSection,
  defaultMinutes,
  draftFromKit,
  draftProblems,
  emptyDraft,
  isInKit,
  mergeServerFacts,
  newSectionKey,
  sectionName,
  setScalePoints,
  setWeight,
  summarizeDraft,
  updateScalePoint,
  type KitDraft,
} from '../../modules/kits/utils/kit-draft';
import { problemsByField } from '../../modules/kits/utils/kit-errors';
import { Alert } from '../../modules/ui/components/Alert';
import { LoadingState } from '../../modules/ui/components/LoadingState';
import { PageHeading } from '../../modules/ui/components/PageHeading';
import { TextAreaField } from '../../modules/ui/components/TextAreaField';
import { TextField } from '../../modules/ui/components/TextField';

/** /kits/new and /kits/:id. Readers are sent to the preview; a new kit keeps its state when its first save gives it an id. */
export function KitBuilderPage() {
  const { id = 'new' } = useParams();
  const viewer = useViewer();
  const [aliases] = useState(() => new Map<string, string>());
  if (!canEditBank(viewer.role)) return <Navigate to={id === 'new' ? '/kits' : `/kits/${id}/preview`} replace />;
  const key = aliases.get(id) ?? id;
  return <KitBuilder key={key} routeId={id} onCreated={(created) => aliases.set(created, key)} />;
}

const STATUS_TEXT: Record<SaveStatus, string> = {
  saved: 'Saved',
  pending: 'Unsaved changes',
  saving: 'Saving…',
  invalid: 'Not saved: fix the marked fields',
  error: 'Not saved',
  conflict: 'Not saved: changed elsewhere',
};

function KitBuilder({ routeId, onCreated }: { routeId: string; onCreated: (id: string) => void }) {
  const navigate = useNavigate();
  const client = useApolloClient();
  const isNew = routeId === 'new';
  const kitQuery = useQuery(KitDocument, { variables: { id: routeId }, skip: isNew, fetchPolicy: 'cache-and-network' });
  const facets = useQuery(BankFacetsDocument, { variables: { search: null, filter: null } });
  const [draft, setDraft] = useState<KitDraft | null>(isNew ? emptyDraft() : null);
  const [kitId, setKitId] = useState<string | null>(isNew ? null : routeId);
  const [version, setVersion] = useState<number | null>(null);
  const [edits, setEdits] = useState(0);
  const [currentSection, setCurrentSection] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const [actionProblem, setActionProblem] = useState<string | null>(null);
  const [cloneKit, { loading: cloning }] = useMutation(CloneKitDocument);
  const [takeNewer] = useMutation(TakeNewerRevisionDocument);
  const focusSection = useRef<number | null>(null);

  const loaded = kitQuery.data?.kit;
  if (loaded && draft === null) {
    // The kit arrived: start editing from it (React's "adjust state while rendering" pattern).
    setDraft(draftFromKit(loaded));
    setVersion(loaded.version);
  }

  const change = useCallback((update: (d: KitDraft) => KitDraft) => {
    setDraft((current) => (current ? update(current) : current));
    setEdits((n) => n + 1);
  }, []);

  const onSaved = useCallback(
    (kit: KitFieldsFragment, created: boolean) => {
      setVersion(kit.version);
      setKitId(kit.id);
      setDraft((current) => (current ? mergeServerFacts(current, kit) : current));
      if (created) {
        onCreated(kit.id);
        void navigate(`/kits/${kit.id}`, { replace: true });
      }
    },
    [navigate, onCreated],
  );

  const autosave = useKitAutosave({ kitId, version, draft, edits, onSaved });

  useEffect(() => {
    if (focusSection.current === null) return;
    const index = focusSection.current;
    focusSection.current = null;
    document.querySelectorAll<HTMLElement>('[data-section-field="competency"]')[index]?.focus();
  }, [draft]);

  const problems = useMemo(() => (draft ? draftProblems(draft) : []), [draft]);
  const errors = useMemo(() => problemsByField(edits > 0 ? problems.filter((p) => p.field !== 'roleName' && p.field !== 'title') : [], autosave.problem), [problems, edits, autosave.problem]);
  const summary = useMemo(() => (draft ? summarizeDraft(draft) : null), [draft]);

  if (!draft) {
    if (kitQuery.loading || !kitQuery.error) return <LoadingState label="Loading the kit…" />;
    const problem = describeError(kitQuery.error);
    return (
      <div className="page">
        <PageHeading title="Kit not found">{problem.code === 'NOT_FOUND' ? 'Kit not found' : 'The kit could not be loaded'}</PageHeading>
        <Alert tone="error">{problem.code === 'NOT_FOUND' ? 'This kit does not exist, or it belongs to another organization.' : problem.message}</Alert>
        <p>
          <Link to="/kits">Back to the kits</Link>
        </p>
      </div>
    );
  }

  const target = draft.sections.length ? Math.min(currentSection, draft.sections.length - 1) : -1;
  const targetName = target >= 0 ? sectionName(draft.sections[target], target) : null;
  const competencies = (facets.data?.bankFacets.competencies ?? []).map((c) => c.value);
  const weighted = [...new Set([...draft.sections.map((s) => s.competency.trim()).filter(Boolean), ...draft.competencyWeights.map((w) => w.competency)])];
  const saved = autosave.status === 'saved' && kitId !== null;
  const roleError = edits > 0 && !draft.roleName.trim() ? 'Name the role this kit is for.' : errors.get('roleName');
  const titleError = edits > 0 && !draft.title.trim() ? 'Give the kit a title, e.g. the round it is for.' : errors.get('title');

  function addToKit(question: BankQuestion) {
    if (!draft || isInKit(draft, question.id)) return;
    const entry = {
      questionId: question.id,
      plannedMinutes: defaultMinutes(question.type),
      prompt: question.prompt,
      type: question.type,
      hasRubric: question.hasLookFor || question.hasRedFlags,
      kitQuestionId: null,
      pinnedRevision: null,
      currentRevision: null,
      newerRevisionAvailable: false,
      archived: false,
    };
    if (target < 0) {
      const competency = question.competencies[0] ?? 'general';
      change((d) => addQuestion(addSection(d, competency, newSectionKey()), d.sections.length, entry));
      setCurrentSection(0);
      setAnnouncement(`Added to a new ${competencyLabel(competency)} section.`);
    } else {
      change((d) => addQuestion(d, target, entry));
      setAnnouncement(`Added to ${targetName ?? 'the section'}. ${draft.sections[target].questions.length + 1} questions there.`);
    }
  }

  async function clone() {
    if (!kitId) return;
    setActionProblem(null);
    try {
      const { data } = await cloneKit({ variables: { id: kitId } });
      if (data) await navigate(`/kits/${data.cloneKit.id}`);
    } catch (error) {
      setActionProblem(describeError(error).message);
    }
  }

  async function takeNewerRevision(kitQuestionId: string) {
    setActionProblem(null);
    try {
      const { data } = await takeNewer({ variables: { kitQuestionId } });
      if (!data) return;
      setVersion(data.takeNewerRevision.version);
      setDraft((current) => (current ? mergeServerFacts(current, data.takeNewerRevision) : current));
      setAnnouncement('The question now uses the newest revision.');
    } catch (error) {
      setActionProblem(describeError(error).message);
    }
  }

  async function reloadTheirs() {
    if (!kitId) return;
    const { data } = await client.query({ query: KitDocument, variables: { id: kitId }, fetchPolicy: 'network-only' });
    if (!data) return;
    setDraft(draftFromKit(data.kit));
    setVersion(data.kit.version);
    autosave.reset();
    setAnnouncement('Reloaded the latest saved kit.');
  }

  async function keepMine() {
    if (!kitId) return;
    const { data } = await client.query({ query: KitDocument, variables: { id: kitId }, fetchPolicy: 'network-only' });
    if (data) autosave.saveNow(data.kit.version);
  }

  const title = draft.title.trim() || (isNew && !kitId ? 'New kit' : 'Untitled kit');

  return (
    <div className="page kit-builder">
      <header className="page__header page__header--split">
        <div className="page__header-text">
          <nav className="breadcrumbs" aria-label="Breadcrumb">
            <Link to="/kits">Kits</Link>
            <span aria-hidden="true">/</span>
            <span aria-current="page">{draft.roleName.trim() || 'New kit'}</span>
          </nav>
          <PageHeading title="Kit builder">{title}</PageHeading>
        </div>
        <div className="page__actions">
          <p className={`save-status save-status--${autosave.status}`} role="status" aria-live="polite">
            <span className="save-status__dot" aria-hidden="true" />
            {!kitId && autosave.status === 'saved' ? 'Not saved yet: name the role and the title' : STATUS_TEXT[autosave.status]}
            {kitId && version !== null ? <span className="muted"> · version {version}</span> : null}
          </p>
          {kitId ? (
            <>
              <Link to={`/kits/${kitId}/preview`} className="button">
                Preview
              </Link>
              <button type="button" className="button" disabled={!saved || cloning} onClick={() => void clone()} title={saved ? undefined : 'Wait until the kit is saved'}>
                {cloning ? 'Cloning…' : 'Clone'}
              </button>
            </>
          ) : null}
        </div>
      </header>

      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>

      {autosave.status === 'conflict' ? (
        <div className="alert alert--warning conflict-banner" role="alert">
          <p>
            <strong>Someone else saved this kit while you were editing.</strong> Your changes are still here and have not been saved.
          </p>
          <div className="conflict-banner__actions">
            <button type="button" className="button button--small" onClick={() => void reloadTheirs()}>
              Reload the saved kit (discard mine)
            </button>
            <button type="button" className="button button--small button--primary" onClick={() => void keepMine()}>
              Keep mine and save over it
            </button>
          </div>
        </div>
      ) : autosave.status === 'error' && autosave.problem ? (
        <div className="alert alert--error" role="alert">
          {autosave.problem.message}{' '}
          <button type="button" className="link-button" onClick={() => autosave.saveNow()}>
            Try again
          </button>
        </div>
      ) : null}
      {actionProblem ? <Alert tone="error">{actionProblem}</Alert> : null}

      {summary ? <KitSummaryBar summary={summary} interviewMinutes={draft.interviewMinutes} /> : null}

      <div className="kit-layout">
        <div className="kit-layout__kit">
          <section className="card kit-details" aria-label="Kit details">
            <div className="form-grid">
              <TextField
                label="Role"
                placeholder="e.g. Senior Backend Engineer"
                value={draft.roleName}
                maxLength={120}
                required
                error={roleError}
                onChange={(event) => change((d) => ({ ...d, roleName: event.target.value }))}
              />
              <TextField
                label="Title"
                placeholder="e.g. System design round"
                value={draft.title}
                maxLength={160}
                required
                error={titleError}
                onChange={(event) => change((d) => ({ ...d, title: event.target.value }))}
              />
              <TextField
                label="Interview length (minutes)"
                type="number"
                min={5}
                max={480}
                value={draft.interviewMinutes || ''}
                error={errors.get('interviewMinutes')}
                onChange={(event) => change((d) => ({ ...d, interviewMinutes: event.target.value === '' ? 0 : Number(event.target.value) }))}
              />
            </div>
            <TextAreaField
              label="Notes for interviewers"
              hint="Shown before the first question: the round’s goal, what to skip, how to close."
              rows={3}
              value={draft.notes}
              error={errors.get('notes')}
              onChange={(event) => change((d) => ({ ...d, notes: event.target.value }))}
            />
          </section>

          <section className="kit-sections-block" aria-labelledby="sections-heading">
            <div className="results-bar">
              <h2 id="sections-heading">Sections and questions</h2>
              <p className="shortcuts" aria-label="Keyboard shortcuts">
                <span>
                  <kbd>Alt</kbd>+<kbd>↑</kbd> <kbd>↓</kbd> move a question
                </span>
                <span>
                  <kbd>Space</kbd> on <span aria-hidden="true">⠿</span> drag with arrows
                </span>
              </p>
            </div>
            {draft.sections.length === 0 ? <p className="muted">No sections yet. Add one per competency you want to assess.</p> : null}
            <KitSections
              draft={draft}
              errors={errors}
              currentSection={target}
              onCurrentSection={setCurrentSection}
              onChange={change}
              announce={setAnnouncement}
              onTakeNewer={saved ? (id) => void takeNewerRevision(id) : null}
              competencies={competencies}
            />
            <button
              type="button"
              className="button kit-add-section"
              onClick={() => {
                focusSection.current = draft.sections.length;
                setCurrentSection(draft.sections.length);
                change((d) => addSection(d));
              }}
            >
              + Add section
            </button>
          </section>

          <section className="card" aria-labelledby="weights-heading">
            <div className="card__header">
              <h2 id="weights-heading">Competency weights</h2>
              <p className="muted small">
                Optional, {MIN_WEIGHT} to {MAX_WEIGHT}. Leave empty to weigh every competency the same.
              </p>
            </div>
            {weighted.length === 0 ? (
              <p className="muted small">Add a section to weigh its competency.</p>
            ) : (
              <div className="weights">
                {weighted.map((competency) => {
                  const index = draft.competencyWeights.findIndex((w) => w.competency === competency);
                  const weight = index >= 0 ? draft.competencyWeights[index].weight : null;
                  return (
                    <TextField
                      key={competency}
                      label={competencyLabel(competency)}
                      type="number"
                      min={MIN_WEIGHT}
                      max={MAX_WEIGHT}
                      value={weight ?? ''}
                      placeholder="–"
                      error={index >= 0 ? errors.get(`competencyWeights.${index}.weight`) : undefined}
                      onChange={(event) => change((d) => setWeight(d, competency, event.target.value === '' ? null : Number(event.target.value)))}
                    />
                  );
                })}
              </div>
            )}
          </section>

          <section className="card" aria-label="Rating scale">
            <RatingScaleEditor
              scale={draft.ratingScale}
              errors={errors}
              onPoints={(points) => change((d) => setScalePoints(d, points))}
              onChange={(index, point) => change((d) => updateScalePoint(d, index, point))}
            />
          </section>
        </div>

        <aside className="kit-layout__bank" aria-label="Question bank">
          <KitBankPanel targetName={targetName} isInKit={(questionId) => isInKit(draft, questionId)} onAdd={addToKit} />
        </aside>
      </div>
    </div>
  );
}
