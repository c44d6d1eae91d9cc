import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { formLevelMessage, messageFor, type Problem } from '../../errors';
import { Alert, SelectField, TextAreaField, TextField } from '../../ui';
import { DIFFICULTIES, DIFFICULTY_LABELS, QUESTION_TYPES, TYPE_LABELS, isDifficulty, isQuestionType } from '../../format';
import type { QuestionFormValues } from '../utils/question-form-values';
import { ListEditor } from './ListEditor';
import '../questions.css';

export const QUESTION_FIELDS = [
  'label',
  'prompt',
  'code',
  'followUps',
  'referenceAnswer',
  'lookFor',
  'redFlags',
  'whatToExpect',
  'interviewerGuidance',
  'sampleAnswer',
  'type',
  'difficulty',
  'competencies',
  'tags',
  'category',
  'changeNote',
] as const;

interface QuestionFormProps {
  values: QuestionFormValues;
  onChange: (values: QuestionFormValues) => void;
  onSubmit: () => void;
  onCancel: () => void;
  problem: Problem | null;
  saving: boolean;
  mode: 'create' | 'edit';
  /** What the rules chose for the current revision, shown in the "automatic" options. */
  automatic?: { type: string; difficulty: string; competencies: string; tags: string };
  /** Shown above the form, e.g. the conflict panel. */
  notice?: ReactNode;
}

/** Writing or editing a question: the prompt, its rubric, and the classification (optional). */
export function QuestionForm({ values, onChange, onSubmit, onCancel, problem, saving, mode, automatic, notice }: QuestionFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const set = <K extends keyof QuestionFormValues>(key: K, value: QuestionFormValues[K]) => onChange({ ...values, [key]: value });
  const formError = formLevelMessage(problem, QUESTION_FIELDS);

  // Take the person to the field the server (or the local check) complained about.
  useEffect(() => {
    if (problem?.field) formRef.current?.querySelector<HTMLElement>(`[name="${problem.field}"]`)?.focus();
  }, [problem]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit();
  }

  return (
    <form
      ref={formRef}
      className="question-form"
      onSubmit={submit}
      noValidate
      aria-label={mode === 'create' ? 'New question' : 'Edit question'}
    >
      {notice}
      {formError ? <Alert tone="error">{formError}</Alert> : null}

      <section className="card" aria-labelledby="form-question-heading">
        <div className="card__header">
          <h2 id="form-question-heading">Question</h2>
          <p className="muted">What the interviewer asks, word for word.</p>
        </div>
        <TextField
          label="Label (optional)"
          name="label"
          maxLength={200}
          hint="A short title shown above the prompt, e.g. “Law of Demeter”."
          value={values.label}
          onChange={(event) => set('label', event.target.value)}
          error={messageFor(problem, 'label')}
        />
        <TextAreaField
          label="Prompt"
          name="prompt"
          rows={3}
          required
          value={values.prompt}
          onChange={(event) => set('prompt', event.target.value)}
          error={messageFor(problem, 'prompt')}
        />
        <TextAreaField
          label="Code (optional)"
          name="code"
          mono
          rows={4}
          hint="A snippet the candidate reads or reviews; shown in a monospace block under the prompt."
          value={values.code}
          onChange={(event) => set('code', event.target.value)}
          error={messageFor(problem, 'code')}
        />
        <ListEditor
          label="Follow-up questions"
          itemLabel="Follow-up question"
          name="followUps"
          addLabel="Add a follow-up"
          hint="Enter adds a row below; Backspace in an empty row removes it."
          items={values.followUps}
          onChange={(items) => set('followUps', items)}
          error={messageFor(problem, 'followUps')}
        />
      </section>

      <section className="card" aria-labelledby="form-rubric-heading">
        <div className="card__header">
          <h2 id="form-rubric-heading">Rubric</h2>
          <p className="muted">What the interviewer listens for. Short points are easiest to use during an interview.</p>
        </div>
        <div className="form-grid">
          <ListEditor
            label="Look for"
            itemLabel="Look-for point"
            name="lookFor"
            tone="look"
            addLabel="Add a Look-for point"
            items={values.lookFor}
            onChange={(items) => set('lookFor', items)}
            error={messageFor(problem, 'lookFor')}
          />
          <ListEditor
            label="Red flags"
            itemLabel="Red flag"
            name="redFlags"
            tone="red"
            addLabel="Add a red flag"
            items={values.redFlags}
            onChange={(items) => set('redFlags', items)}
            error={messageFor(problem, 'redFlags')}
          />
        </div>
        <TextAreaField
          label="What to expect"
          name="whatToExpect"
          value={values.whatToExpect}
          onChange={(event) => set('whatToExpect', event.target.value)}
          error={messageFor(problem, 'whatToExpect')}
        />
        <TextAreaField
          label="Reference answer"
          name="referenceAnswer"
          rows={5}
          hint="Markdown lists, tables and ``` code fences are shown formatted."
          value={values.referenceAnswer}
          onChange={(event) => set('referenceAnswer', event.target.value)}
          error={messageFor(problem, 'referenceAnswer')}
        />
        <TextAreaField
          label="Interviewer guidance"
          name="interviewerGuidance"
          value={values.interviewerGuidance}
          onChange={(event) => set('interviewerGuidance', event.target.value)}
          error={messageFor(problem, 'interviewerGuidance')}
        />
        <TextAreaField
          label="Sample answer"
          name="sampleAnswer"
          value={values.sampleAnswer}
          onChange={(event) => set('sampleAnswer', event.target.value)}
          error={messageFor(problem, 'sampleAnswer')}
        />
      </section>

      <section className="card" aria-labelledby="form-classification-heading">
        <div className="card__header">
          <h2 id="form-classification-heading">Classification</h2>
          <p className="muted">Leave these empty to classify automatically; the question page then shows why each label was chosen.</p>
        </div>
        <div className="form-grid">
          <SelectField
            label="Type"
            name="type"
            value={values.type}
            options={[
              { value: '', label: automatic ? `Automatic (now: ${automatic.type})` : 'Automatic' },
              ...QUESTION_TYPES.map((type) => ({ value: type, label: TYPE_LABELS[type] })),
            ]}
            onChange={(event) => set('type', isQuestionType(event.target.value) ? event.target.value : '')}
            error={messageFor(problem, 'type')}
          />
          <SelectField
            label="Difficulty"
            name="difficulty"
            value={values.difficulty}
            options={[
              { value: '', label: automatic ? `Automatic (now: ${automatic.difficulty})` : 'Automatic' },
              ...DIFFICULTIES.map((difficulty) => ({ value: difficulty, label: DIFFICULTY_LABELS[difficulty] })),
            ]}
            onChange={(event) => set('difficulty', isDifficulty(event.target.value) ? event.target.value : '')}
            error={messageFor(problem, 'difficulty')}
          />
          <TextField
            label="Competencies"
            name="competencies"
            placeholder={automatic?.competencies ? `Automatic: ${automatic.competencies}` : 'Automatic'}
            hint="Comma-separated, e.g. databases, api-design"
            value={values.competencies}
            onChange={(event) => set('competencies', event.target.value)}
            error={messageFor(problem, 'competencies')}
          />
          <TextField
            label="Technology tags"
            name="tags"
            placeholder={automatic?.tags ? `Automatic: ${automatic.tags}` : 'Automatic'}
            hint="Comma-separated, e.g. PostgreSQL, Kafka"
            value={values.tags}
            onChange={(event) => set('tags', event.target.value)}
            error={messageFor(problem, 'tags')}
          />
        </div>
        <TextField
          label="Category (optional)"
          name="category"
          hint="Where it sits in your bank, outermost first: Databases / PostgreSQL"
          value={values.category}
          onChange={(event) => set('category', event.target.value)}
          error={messageFor(problem, 'category')}
        />
      </section>

      {mode === 'edit' ? (
        <section className="card" aria-labelledby="form-note-heading">
          <div className="card__header">
            <h2 id="form-note-heading">Change note</h2>
            <p className="muted">Saving creates a new revision. Kits and past scorecards keep the revision they used.</p>
          </div>
          <TextField
            label="What changed and why (optional)"
            name="changeNote"
            maxLength={500}
            value={values.changeNote}
            onChange={(event) => set('changeNote', event.target.value)}
            error={messageFor(problem, 'changeNote')}
          />
        </section>
      ) : null}

      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? 'Saving…' : mode === 'create' ? 'Add to the bank' : 'Save as a new revision'}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel} disabled={saving}>
          Cancel
        </button>
      </div>
    </form>
  );
}
