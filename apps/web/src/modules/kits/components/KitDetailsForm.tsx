import { TextAreaField, TextField } from '../../ui';
import type { KitDraft } from '../utils/kit-draft';
import '../kits.css';

interface Props {
  draft: KitDraft;
  errors: ReadonlyMap<string, string>;
  roleError: string | undefined;
  titleError: string | undefined;
  onChange: (update: (draft: KitDraft) => KitDraft) => void;
}

/** Role, title, interview length and the notes interviewers read first. */
export function KitDetailsForm({ draft, errors, roleError, titleError, onChange }: Props) {
  return (
    <section className="card kit-details" aria-label="Kit details">
      <div className="form-grid">
        <TextField
          label="Role"
          placeholder="e.g. Senior Backend Engineer"
          value={draft.roleName}
          maxLength={120}
          required
          error={roleError}
          onChange={(event) => onChange((d) => ({ ...d, roleName: event.target.value }))}
        />
        <TextField
          label="Title"
          placeholder="e.g. System design round"
          value={draft.title}
          maxLength={160}
          required
          error={titleError}
          onChange={(event) => onChange((d) => ({ ...d, title: event.target.value }))}
        />
        <TextField
          label="Interview length (minutes)"
          type="number"
          min={5}
          max={480}
          value={draft.interviewMinutes || ''}
          error={errors.get('interviewMinutes')}
          onChange={(event) => onChange((d) => ({ ...d, interviewMinutes: event.target.value === '' ? 0 : Number(event.target.value) }))}
        />
      </div>
      <TextAreaField
        label="Notes for interviewers"
        hint="Shown before the first question: the round’s goal, what to skip, how to close."
        rows={3}
        value={draft.notes}
        error={errors.get('notes')}
        onChange={(event) => onChange((d) => ({ ...d, notes: event.target.value }))}
      />
    </section>
  );
}
