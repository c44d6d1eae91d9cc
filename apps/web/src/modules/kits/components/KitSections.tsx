import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS as DndCSS } from '@dnd-kit/utilities';
import { MAX_PLANNED_MINUTES } from '@panelist/kits';
import { useEffect, useRef, type KeyboardEvent, type PointerEventHandler } from 'react';
import { TYPE_LABELS, competencyLabel } from '../../format';
import { TextField } from '../../ui';
import {
  canMove,
  findQuestion,
  moveQuestionStep,
  moveQuestionTo,
  removeQuestion,
  removeSection,
  moveSection,
  moveSectionTo,
  sectionName,
  setMinutes,
  updateSection,
  type DraftQuestion,
  type KitDraft,
} from '../utils/kit-draft';
import '../kits.css';

const SECTION_PREFIX = 'section:';
/** Sections are sortable too, under their own ids: a dragged section only ever lands on another section. */
const SORT_SECTION_PREFIX = 'sort-section:';

const isSectionDrag = (id: UniqueIdentifier) => String(id).startsWith(SORT_SECTION_PREFIX);

/** A question is dropped on questions and section ends; a section on sections. */
const collisionDetection: CollisionDetection = (args) =>
  closestCenter({
    ...args,
    droppableContainers: args.droppableContainers.filter((container) => isSectionDrag(container.id) === isSectionDrag(args.active.id)),
  });

export function shortPrompt(prompt: string, length = 60): string {
  return prompt.length > length ? `${prompt.slice(0, length - 1).trimEnd()}…` : prompt;
}

interface KitSectionsProps {
  draft: KitDraft;
  errors: ReadonlyMap<string, string>;
  currentSection: number;
  onCurrentSection: (index: number) => void;
  onChange: (update: (draft: KitDraft) => KitDraft) => void;
  /** Says something in the page's live region. */
  announce: (message: string) => void;
  /** Null while the kit has unsaved changes: taking a newer revision saves on the server. */
  onTakeNewer: ((kitQuestionId: string) => void) | null;
  competencies: readonly string[];
}

function placeText(draft: KitDraft, questionId: string): string {
  const place = findQuestion(draft, questionId);
  if (!place) return '';
  const section = draft.sections[place.section];
  return `position ${place.index + 1} of ${section.questions.length} in ${sectionName(section, place.section)}`;
}

/** The kit's ordered sections and questions: drag and drop with the mouse or the keyboard, Alt+↑/↓, or the Move buttons. */
export function KitSections({
  draft,
  errors,
  currentSection,
  onCurrentSection,
  onChange,
  announce,
  onTakeNewer,
  competencies,
}: KitSectionsProps) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const pendingFocus = useRef<{ questionId: string; control: string } | null>(null);
  const pendingSectionFocus = useRef<{ key: string; control: string } | null>(null);
  const listId = 'kit-sections';

  useEffect(() => {
    const section = pendingSectionFocus.current;
    if (section) {
      pendingSectionFocus.current = null;
      const card = document.querySelector<HTMLElement>(`[data-kit-section="${CSS.escape(section.key)}"]`);
      (
        card?.querySelector<HTMLElement>(`[data-section-control="${section.control}"]:not(:disabled)`) ??
        card?.querySelector<HTMLElement>('[data-section-control="handle"]')
      )?.focus();
    }
    const pending = pendingFocus.current;
    if (!pending) return;
    pendingFocus.current = null;
    const row = document.querySelector<HTMLElement>(`[data-kit-question="${CSS.escape(pending.questionId)}"]`);
    const target =
      row?.querySelector<HTMLElement>(`[data-control="${pending.control}"]:not(:disabled)`) ??
      row?.querySelector<HTMLElement>('[data-control="handle"]');
    target?.focus();
  }, [draft]);

  const sectionIndexOf = (id: UniqueIdentifier) => draft.sections.findIndex((s) => `${SORT_SECTION_PREFIX}${s.key}` === String(id));
  const sectionLabel = (id: UniqueIdentifier) => {
    const index = sectionIndexOf(id);
    return index >= 0 ? sectionName(draft.sections[index], index) : 'the section';
  };

  const promptOf = (id: UniqueIdentifier) => {
    if (isSectionDrag(id)) return sectionLabel(id);
    const place = findQuestion(draft, String(id));
    return place ? shortPrompt(draft.sections[place.section].questions[place.index].prompt) : 'the question';
  };

  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      isSectionDrag(active.id)
        ? `Picked up the section ${sectionLabel(active.id)}, position ${sectionIndexOf(active.id) + 1} of ${draft.sections.length}.`
        : `Picked up “${promptOf(active.id)}”, ${placeText(draft, String(active.id))}. Use the arrow keys to move it, Space to drop, Escape to cancel.`,
    onDragOver: ({ active, over }) =>
      over ? `“${promptOf(active.id)}” is over ${overText(over.id)}.` : `“${promptOf(active.id)}” is no longer over a section.`,
    onDragEnd: ({ active, over }) =>
      over ? `Dropped “${promptOf(active.id)}” at ${overText(over.id)}.` : `“${promptOf(active.id)}” was dropped where it was.`,
    onDragCancel: ({ active }) => `Moving cancelled. “${promptOf(active.id)}” is back at ${placeText(draft, String(active.id))}.`,
  };

  function overText(id: UniqueIdentifier): string {
    const key = String(id);
    if (isSectionDrag(id)) return `section position ${sectionIndexOf(id) + 1}`;
    if (key.startsWith(SECTION_PREFIX)) {
      const index = draft.sections.findIndex((s) => s.key === key.slice(SECTION_PREFIX.length));
      return index >= 0 ? `the end of ${sectionName(draft.sections[index], index)}` : 'a section';
    }
    return placeText(draft, key);
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    if (isSectionDrag(active.id)) {
      const from = sectionIndexOf(active.id);
      const to = sectionIndexOf(over.id);
      if (from < 0 || to < 0) return;
      onChange((current) => moveSectionTo(current, from, to));
      return;
    }
    const questionId = String(active.id);
    const overKey = String(over.id);
    onChange((current) => {
      if (overKey.startsWith(SECTION_PREFIX)) {
        const section = current.sections.findIndex((s) => s.key === overKey.slice(SECTION_PREFIX.length));
        if (section < 0) return current;
        return moveQuestionTo(current, questionId, { section, index: current.sections[section].questions.length });
      }
      const to = findQuestion(current, overKey);
      return to ? moveQuestionTo(current, questionId, to) : current;
    });
    pendingFocus.current = { questionId, control: 'handle' };
  }

  function step(question: DraftQuestion, direction: 1 | -1, control: string) {
    if (!canMove(draft, question.questionId, direction)) return;
    const next = moveQuestionStep(draft, question.questionId, direction);
    pendingFocus.current = { questionId: question.questionId, control };
    onChange((current) => moveQuestionStep(current, question.questionId, direction));
    announce(`Moved “${shortPrompt(question.prompt)}” to ${placeText(next, question.questionId)}.`);
  }

  function stepSection(index: number, direction: 1 | -1, control: string) {
    const target = index + direction;
    if (target < 0 || target >= draft.sections.length) return;
    const section = draft.sections[index];
    pendingSectionFocus.current = { key: section.key, control };
    onChange((current) => moveSection(current, index, direction));
    announce(`Moved the section ${sectionName(section, index)} to position ${target + 1} of ${draft.sections.length}.`);
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      onDragEnd={onDragEnd}
      accessibility={{
        announcements,
        screenReaderInstructions: {
          draggable:
            'To move a question, press Space or Enter, use the arrow keys, then press Space to drop or Escape to cancel. Alt with the up or down arrow moves it one place.',
        },
      }}
    >
      <SortableContext
        items={draft.sections.map((section) => `${SORT_SECTION_PREFIX}${section.key}`)}
        strategy={verticalListSortingStrategy}
      >
        <ol className="kit-sections" id={listId} aria-label="Sections">
          {draft.sections.map((section, sectionIndex) => (
            <SectionCard
              onStepSection={stepSection}
              key={section.key}
              sectionKey={section.key}
              index={sectionIndex}
              draft={draft}
              current={sectionIndex === currentSection}
              errors={errors}
              competencies={competencies}
              onFocus={() => onCurrentSection(sectionIndex)}
              onChange={onChange}
              onStep={step}
              announce={announce}
              onTakeNewer={onTakeNewer}
            />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}

interface SectionCardProps {
  sectionKey: string;
  index: number;
  draft: KitDraft;
  current: boolean;
  errors: ReadonlyMap<string, string>;
  competencies: readonly string[];
  onFocus: () => void;
  onChange: (update: (draft: KitDraft) => KitDraft) => void;
  onStep: (question: DraftQuestion, direction: 1 | -1, control: string) => void;
  onStepSection: (index: number, direction: 1 | -1, control: string) => void;
  announce: (message: string) => void;
  onTakeNewer: ((kitQuestionId: string) => void) | null;
}

function SectionCard({
  onStepSection,
  sectionKey,
  index,
  draft,
  current,
  errors,
  competencies,
  onFocus,
  onChange,
  onStep,
  announce,
  onTakeNewer,
}: SectionCardProps) {
  const section = draft.sections[index];
  const { setNodeRef, isOver } = useDroppable({ id: `${SECTION_PREFIX}${sectionKey}` });
  const {
    setNodeRef: setSectionRef,
    setActivatorNodeRef: setSectionHandleRef,
    listeners: sectionListeners,
    transform: sectionTransform,
    transition: sectionTransition,
    isDragging: sectionDragging,
  } = useSortable({ id: `${SORT_SECTION_PREFIX}${sectionKey}` });
  const name = sectionName(section, index);
  const last = index === draft.sections.length - 1;

  function onHeaderKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (!event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    const control = (event.target as HTMLElement).dataset.sectionControl;
    // Alt+arrows in a field or on a question move the question; on the section's own controls, the section.
    if (!control) return;
    event.preventDefault();
    event.stopPropagation();
    onStepSection(index, event.key === 'ArrowUp' ? -1 : 1, control);
  }
  const minutes = section.questions.reduce((sum, q) => sum + q.plannedMinutes, 0);
  const datalistId = `competencies-${sectionKey}`;
  return (
    <li
      ref={setSectionRef}
      className={`kit-section${current ? ' kit-section--current' : ''}${sectionDragging ? ' kit-section--dragging' : ''}`}
      style={{ transform: DndCSS.Translate.toString(sectionTransform), transition: sectionTransition }}
      aria-label={`Section ${index + 1}: ${name}`}
      data-kit-section={sectionKey}
      onFocus={onFocus}
    >
      <div className="kit-section__header" onKeyDown={onHeaderKeyDown}>
        <div className="kit-section__order">
          {/* Dragged with the pointer; the keyboard moves sections with the buttons or Alt+↑/↓ here. */}
          <button
            type="button"
            ref={setSectionHandleRef}
            className="kit-question__handle"
            data-section-control="handle"
            aria-label={`Move the section ${name} (drag, or Alt+↑/↓)`}
            onPointerDown={sectionListeners?.onPointerDown as PointerEventHandler<HTMLButtonElement> | undefined}
          >
            <span aria-hidden="true">⠿</span>
          </button>
          <button
            type="button"
            className="icon-button"
            data-section-control="up"
            disabled={index === 0}
            aria-label={`Move the section ${name} up`}
            title="Move section up (Alt+↑)"
            onClick={() => onStepSection(index, -1, 'up')}
          >
            ↑
          </button>
          <button
            type="button"
            className="icon-button"
            data-section-control="down"
            disabled={last}
            aria-label={`Move the section ${name} down`}
            title="Move section down (Alt+↓)"
            onClick={() => onStepSection(index, 1, 'down')}
          >
            ↓
          </button>
        </div>
        <p className="eyebrow">
          Section {index + 1} · {minutes} min{current ? <span className="kit-section__current"> · questions are added here</span> : null}
        </p>
        <div className="kit-section__fields">
          <TextField
            label="Competency"
            value={section.competency}
            list={datalistId}
            maxLength={60}
            autoComplete="off"
            data-section-field="competency"
            error={errors.get(`sections.${index}.competency`)}
            onChange={(event) => onChange((d) => updateSection(d, index, { competency: event.target.value }))}
          />
          <datalist id={datalistId}>
            {competencies.map((c) => (
              <option key={c} value={competencyLabel(c)} />
            ))}
          </datalist>
          <TextField
            label="Section title (optional)"
            value={section.title}
            maxLength={120}
            error={errors.get(`sections.${index}.title`)}
            onChange={(event) => onChange((d) => updateSection(d, index, { title: event.target.value }))}
          />
          <button
            type="button"
            className="button button--small button--quiet-danger kit-section__remove"
            onClick={() => {
              onChange((d) => removeSection(d, index));
              announce(`Removed the section ${name}${section.questions.length ? ` and its ${section.questions.length} questions` : ''}.`);
            }}
          >
            Remove section
          </button>
        </div>
      </div>
      <SortableContext items={section.questions.map((q) => q.questionId)} strategy={verticalListSortingStrategy}>
        <ol ref={setNodeRef} className={`kit-questions${isOver ? ' kit-questions--over' : ''}`} aria-label={`Questions in ${name}`}>
          {section.questions.map((question, questionIndex) => (
            <QuestionRow
              key={question.questionId}
              question={question}
              number={questionIndex + 1}
              field={`sections.${index}.questions.${questionIndex}`}
              errors={errors}
              canUp={canMove(draft, question.questionId, -1)}
              canDown={canMove(draft, question.questionId, 1)}
              onStep={onStep}
              onChange={onChange}
              announce={announce}
              onTakeNewer={onTakeNewer}
            />
          ))}
          {section.questions.length === 0 ? (
            <li className="kit-questions__empty">No questions yet. Search the bank and press Enter on a result to add it here.</li>
          ) : null}
        </ol>
      </SortableContext>
    </li>
  );
}

interface QuestionRowProps {
  question: DraftQuestion;
  number: number;
  field: string;
  errors: ReadonlyMap<string, string>;
  canUp: boolean;
  canDown: boolean;
  onStep: (question: DraftQuestion, direction: 1 | -1, control: string) => void;
  onChange: (update: (draft: KitDraft) => KitDraft) => void;
  announce: (message: string) => void;
  onTakeNewer: ((kitQuestionId: string) => void) | null;
}

function QuestionRow({ question, number, field, errors, canUp, canDown, onStep, onChange, announce, onTakeNewer }: QuestionRowProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: question.questionId,
  });
  const short = shortPrompt(question.prompt);
  const error = errors.get(`${field}.questionId`) ?? errors.get(`${field}.plannedMinutes`) ?? errors.get(field);

  function onKeyDown(event: KeyboardEvent<HTMLLIElement>) {
    if (!event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    const control = (event.target as HTMLElement).dataset.control ?? 'handle';
    onStep(question, event.key === 'ArrowUp' ? -1 : 1, control);
  }

  return (
    <li
      ref={setNodeRef}
      className={`kit-question${isDragging ? ' kit-question--dragging' : ''}${error ? ' kit-question--invalid' : ''}`}
      style={{ transform: DndCSS.Translate.toString(transform), transition }}
      data-kit-question={question.questionId}
      onKeyDown={onKeyDown}
    >
      <button
        type="button"
        ref={setActivatorNodeRef}
        className="kit-question__handle"
        data-control="handle"
        {...attributes}
        {...listeners}
        aria-label={`Reorder “${short}”`}
      >
        <span aria-hidden="true">⠿</span>
      </button>
      <span className="kit-question__number" aria-hidden="true">
        {number}
      </span>
      <div className="kit-question__body">
        <p className="kit-question__prompt">{question.prompt}</p>
        <div className="kit-question__meta">
          <span className={`chip chip--type chip--${question.type.toLowerCase()}`}>{TYPE_LABELS[question.type]}</span>
          {question.hasRubric ? (
            <span className="rubric-indicator">
              <span className="rubric-indicator__item rubric-indicator__item--look">Rubric</span>
            </span>
          ) : (
            <span className="rubric-indicator rubric-indicator--none">No rubric</span>
          )}
          {question.pinnedRevision !== null ? <span className="muted small">revision {question.pinnedRevision}</span> : null}
          {question.archived ? <span className="muted small">archived in the bank</span> : null}
        </div>
        {question.newerRevisionAvailable && question.kitQuestionId ? (
          <p className="kit-question__newer">
            Newer revision available.{' '}
            <button
              type="button"
              className="link-button"
              disabled={!onTakeNewer}
              title={onTakeNewer ? undefined : 'Wait until the kit is saved'}
              onClick={() => question.kitQuestionId && onTakeNewer?.(question.kitQuestionId)}
            >
              Use revision {question.currentRevision}
            </button>
          </p>
        ) : null}
        {error ? <p className="field__error">{error}</p> : null}
      </div>
      <label className="kit-question__minutes">
        <input
          type="number"
          className="input input--minutes"
          min={0}
          max={MAX_PLANNED_MINUTES}
          step={1}
          data-control="minutes"
          value={Number.isFinite(question.plannedMinutes) ? question.plannedMinutes : ''}
          aria-label={`Planned minutes for “${short}”`}
          aria-invalid={errors.has(`${field}.plannedMinutes`) ? true : undefined}
          onChange={(event) => {
            const value = event.target.value === '' ? 0 : Number(event.target.value);
            onChange((d) => setMinutes(d, question.questionId, value));
          }}
        />
        <span aria-hidden="true">min</span>
      </label>
      <div className="kit-question__actions">
        <button
          type="button"
          className="icon-button"
          data-control="up"
          disabled={!canUp}
          aria-label={`Move “${short}” up`}
          title="Move up (Alt+↑)"
          onClick={() => onStep(question, -1, 'up')}
        >
          ↑
        </button>
        <button
          type="button"
          className="icon-button"
          data-control="down"
          disabled={!canDown}
          aria-label={`Move “${short}” down`}
          title="Move down (Alt+↓)"
          onClick={() => onStep(question, 1, 'down')}
        >
          ↓
        </button>
        <button
          type="button"
          className="icon-button icon-button--danger"
          aria-label={`Remove “${short}”`}
          title="Remove from the kit"
          onClick={() => {
            onChange((d) => removeQuestion(d, question.questionId));
            announce(`Removed “${short}” from the kit.`);
          }}
        >
          ×
        </button>
      </div>
    </li>
  );
}
