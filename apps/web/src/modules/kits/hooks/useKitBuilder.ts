import { useApolloClient, useMutation } from '@apollo/client/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import {
  ArchiveKitDocument,
  CloneKitDocument,
  DeleteKitDocument,
  KitDocument,
  KitsDocument,
  TakeNewerRevisionDocument,
  type KitFieldsFragment,
} from '../../../generated/graphql';
import { describeError } from '../../errors';
import { competencyLabel } from '../../format';
import type { BankQuestion } from '../components/KitBankPanel';
import {
  addQuestion,
  addSection,
  defaultMinutes,
  draftProblems,
  isInKit,
  newSectionKey,
  sectionName,
  summarizeDraft,
  type KitDraft,
} from '../utils/kit-draft';
import { problemsByField } from '../utils/kit-errors';
import { useKitAutosave } from './useKitAutosave';

export interface KitBuilderOptions {
  kitId: string | null;
  initial: KitDraft;
  version: number | null;
  /** The server says no job round or interview uses the kit, so it may be deleted rather than archived. */
  deletable: boolean;
  onCreated: (kit: KitFieldsFragment) => void;
}

/** Everything the kit builder does besides drawing: autosave, the section questions go to, clone, newer revisions, conflicts. */
export function useKitBuilder({ kitId: openedId, initial, version: openedVersion, deletable, onCreated }: KitBuilderOptions) {
  const navigate = useNavigate();
  const client = useApolloClient();
  const autosave = useKitAutosave({
    kitId: openedId,
    initial,
    version: openedVersion,
    onCreated: (kit) => {
      onCreated(kit);
      void navigate(`/kits/${kit.id}`, { replace: true });
    },
  });
  const { draft, kitId, edited } = autosave;
  const [currentSection, setCurrentSection] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const [actionProblem, setActionProblem] = useState<string | null>(null);
  const [cloneKit, { loading: cloning }] = useMutation(CloneKitDocument);
  const [archiveKit, { loading: archiving }] = useMutation(ArchiveKitDocument, { refetchQueries: [KitsDocument] });
  const [takeNewer] = useMutation(TakeNewerRevisionDocument);
  const [deleteKitMutation, { loading: deleting }] = useMutation(DeleteKitDocument);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [deleteProblem, setDeleteProblem] = useState<string | null>(null);
  const focusSection = useRef<number | null>(null);
  const change = autosave.change;

  useEffect(() => {
    if (focusSection.current === null) return;
    const index = focusSection.current;
    focusSection.current = null;
    document.querySelectorAll<HTMLElement>('[data-section-field="competency"]')[index]?.focus();
  }, [draft]);

  const problems = useMemo(() => draftProblems(draft), [draft]);
  const errors = useMemo(
    () => problemsByField(edited ? problems.filter((p) => p.field !== 'roleName' && p.field !== 'title') : [], autosave.problem),
    [problems, edited, autosave.problem],
  );
  const summary = useMemo(() => summarizeDraft(draft), [draft]);

  const target = draft.sections.length ? Math.min(currentSection, draft.sections.length - 1) : -1;
  const targetName = target >= 0 ? sectionName(draft.sections[target], target) : null;
  const saved = autosave.status === 'saved' && kitId !== null;
  const roleError = edited && !draft.roleName.trim() ? 'Name the role this kit is for.' : errors.get('roleName');
  const titleError = edited && !draft.title.trim() ? 'Give the kit a title, e.g. the round it is for.' : errors.get('title');

  function addToKit(question: BankQuestion) {
    if (isInKit(draft, question.id)) return;
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
      change((d) => addQuestion(addSection(d, competencyLabel(competency), newSectionKey()), d.sections.length, entry));
      setCurrentSection(0);
      setAnnouncement(`Added to a new ${competencyLabel(competency)} section.`);
    } else {
      change((d) => addQuestion(d, target, entry));
      setAnnouncement(`Added to ${targetName ?? 'the section'}. ${draft.sections[target].questions.length + 1} questions there.`);
    }
  }

  /** A new section becomes the one questions are added to, and its competency gets the focus. */
  function addNewSection() {
    focusSection.current = draft.sections.length;
    setCurrentSection(draft.sections.length);
    change((d) => addSection(d));
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

  /** Archives the kit (after the person confirms): it leaves the kits list; jobs and past interviews keep it. */
  async function archive() {
    if (!kitId) return;
    const name = draft.title.trim() || 'this kit';
    if (
      !window.confirm(
        `Archive “${name}”? It leaves the list of kits and cannot be picked for new interviews. Interviews that used it keep it; a job round that uses it needs another kit before its next interview.`,
      )
    )
      return;
    setActionProblem(null);
    try {
      await archiveKit({ variables: { id: kitId } });
      await navigate('/kits', { state: { notice: `Archived “${name}”.` } });
    } catch (error) {
      setActionProblem(describeError(error).message);
    }
  }

  function askToDelete() {
    setDeleteProblem(null);
    setConfirmingDelete(true);
  }

  function cancelDelete() {
    if (!deleting) setConfirmingDelete(false);
  }

  /** Deletes the kit (confirmed in the dialog): the server refuses one a job or interview uses meanwhile. */
  async function deleteKit() {
    if (!kitId) return;
    const name = draft.title.trim() || 'the kit';
    setDeleteProblem(null);
    try {
      await deleteKitMutation({
        variables: { id: kitId, version: autosave.version },
        // The list loads afresh without it. The kit's own entry stays: evicting it under the open builder
        // would make the builder's query ask the server for the deleted kit.
        update: (cache) => void cache.evict({ fieldName: 'kits' }),
      });
      setConfirmingDelete(false);
      await navigate('/kits', { state: { notice: `Deleted “${name}”.` } });
    } catch (error) {
      setDeleteProblem(describeError(error).message);
    }
  }

  async function takeNewerRevision(kitQuestionId: string) {
    setActionProblem(null);
    try {
      const { data } = await takeNewer({ variables: { kitQuestionId } });
      if (!data) return;
      autosave.takeServerKit(data.takeNewerRevision);
      setAnnouncement('The question now uses the newest revision.');
    } catch (error) {
      setActionProblem(describeError(error).message);
    }
  }

  async function latestKit() {
    if (!kitId) return null;
    const { data } = await client.query({ query: KitDocument, variables: { id: kitId }, fetchPolicy: 'network-only' });
    return data?.kit ?? null;
  }

  async function reloadTheirs() {
    const kit = await latestKit();
    if (!kit) return;
    autosave.reload(kit);
    setAnnouncement('Reloaded the latest saved kit.');
  }

  async function keepMine() {
    const kit = await latestKit();
    if (kit) autosave.saveOver(kit.version);
  }

  return {
    autosave,
    draft,
    kitId,
    change,
    errors,
    summary,
    target,
    targetName,
    saved,
    roleError,
    titleError,
    cloning,
    archiving,
    archive,
    deletable: deletable && kitId !== null,
    deleting,
    confirmingDelete,
    deleteProblem,
    askToDelete,
    cancelDelete,
    deleteKit,
    announcement,
    setAnnouncement,
    actionProblem,
    setCurrentSection,
    addToKit,
    addNewSection,
    clone,
    takeNewerRevision,
    reloadTheirs,
    keepMine,
  };
}

export type KitBuilderState = ReturnType<typeof useKitBuilder>;
