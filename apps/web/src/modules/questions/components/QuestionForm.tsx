import type { ChangeEvent, ReactNode } from 'react';
import { useBoundForm, type Problem } from '../../errors';
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
  const { formRef, formError, set, text, list, submit } = useBoundForm({ values, onChange, onSubmit, problem, fields: QUESTION_FIELDS });

  /** A classification select: "Automatic" (naming what the rules chose for now) or one of the choices. */
  const classification = <Name extends 'type' | 'difficulty', Choice extends string>(
    name: Name,
    choices: readonly Choice[],
    labels: Record<Choice, string>,
    isChoice: (value: string) => value is Choice,
    now: string | undefined,
  ) => ({
    ...text(name),
    options: [
      { value: '', label: now === undefined ? 'Automatic' : `Automatic (now: ${now})` },
      ...choices.map((choice) => ({ value: choice, label: labels[choice] })),
    ],
    onChange: (event: ChangeEvent<HTMLSelectElement>) =>
      set(name, (isChoice(event.target.value) ? event.target.value : '') as QuestionFormValues[Name]),
  });

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
          maxLength={200}
          hint="A short title shown above the prompt, e.g. “Law of Demeter”."
          {...text('label')}
        />
        <TextAreaField label="Prompt" rows={3} required {...text('prompt')} />
        <TextAreaField
          label="Code (optional)"
          mono
          rows={4}
          hint="A snippet the candidate reads or reviews; shown in a monospace block under the prompt."
          {...text('code')}
        />
        <ListEditor
          label="Follow-up questions"
          itemLabel="Follow-up question"
          addLabel="Add a follow-up"
          hint="Enter adds a row below; Backspace in an empty row removes it."
          {...list('followUps')}
        />
      </section>

      <section className="card" aria-labelledby="form-rubric-heading">
        <div className="card__header">
          <h2 id="form-rubric-heading">Rubric</h2>
          <p className="muted">What the interviewer listens for. Short points are easiest to use during an interview.</p>
        </div>
        <div className="form-grid">
          <ListEditor label="Look for" itemLabel="Look-for point" tone="look" addLabel="Add a Look-for point" {...list('lookFor')} />
          <ListEditor label="Red flags" itemLabel="Red flag" tone="red" addLabel="Add a red flag" {...list('redFlags')} />
        </div>
        <TextAreaField label="What to expect" {...text('whatToExpect')} />
        <TextAreaField
          label="Reference answer"
          rows={5}
          hint="Markdown lists, tables and ``` code fences are shown formatted."
          {...text('referenceAnswer')}
        />
        <TextAreaField label="Interviewer guidance" {...text('interviewerGuidance')} />
        <TextAreaField label="Sample answer" {...text('sampleAnswer')} />
      </section>

      <section className="card" aria-labelledby="form-classification-heading">
        <div className="card__header">
          <h2 id="form-classification-heading">Classification</h2>
          <p className="muted">Leave these empty to classify automatically; the question page then shows why each label was chosen.</p>
        </div>
        <div className="form-grid">
          <SelectField label="Type" {...classification('type', QUESTION_TYPES, TYPE_LABELS, isQuestionType, automatic?.type)} />
          <SelectField
            label="Difficulty"
            {...classification('difficulty', DIFFICULTIES, DIFFICULTY_LABELS, isDifficulty, automatic?.difficulty)}
          />
          <TextField
            label="Competencies"
            placeholder={automatic?.competencies ? `Automatic: ${automatic.competencies}` : 'Automatic'}
            hint="Comma-separated, e.g. databases, api-design"
            {...text('competencies')}
          />
          <TextField
            label="Technology tags"
            placeholder={automatic?.tags ? `Automatic: ${automatic.tags}` : 'Automatic'}
            hint="Comma-separated, e.g. PostgreSQL, Kafka"
            {...text('tags')}
          />
        </div>
        <TextField
          label="Category (optional)"
          hint="Where it sits in your bank, outermost first: Databases / PostgreSQL"
          {...text('category')}
        />
      </section>

      {mode === 'edit' ? (
        <section className="card" aria-labelledby="form-note-heading">
          <div className="card__header">
            <h2 id="form-note-heading">Change note</h2>
            <p className="muted">Saving creates a new revision. Kits and past scorecards keep the revision they used.</p>
          </div>
          <TextField label="What changed and why (optional)" maxLength={500} {...text('changeNote')} />
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
