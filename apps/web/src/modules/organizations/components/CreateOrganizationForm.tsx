import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { CreateOrganizationDocument, type ViewerFieldsFragment } from '../../../generated/graphql';
import { describeError, formLevelMessage, messageFor, type Problem } from '../../errors';
import { Alert, TextField } from '../../ui';

const FIELDS = ['name'] as const;
export const MAX_ORGANIZATION_NAME = 120;

interface CreateOrganizationFormProps {
  onCreated: (viewer: ViewerFieldsFragment) => void | Promise<void>;
}

/** Names a new organization; the server makes the person its admin and moves the session there. */
export function CreateOrganizationForm({ onCreated }: CreateOrganizationFormProps) {
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [create, { loading }] = useMutation(CreateOrganizationDocument);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = event.currentTarget.querySelector<HTMLInputElement>('[name="name"]');
    if (!name.trim()) {
      setProblem({ code: 'BAD_USER_INPUT', field: 'name', message: 'Enter a name for the organization.' });
      input?.focus();
      return;
    }
    setProblem(null);
    let viewer: ViewerFieldsFragment | undefined;
    try {
      viewer = (await create({ variables: { input: { name: name.trim() } } })).data?.createOrganization;
    } catch (error) {
      const described = describeError(error);
      setProblem(
        described.code === 'FORBIDDEN'
          ? {
              ...described,
              message:
                'You cannot create an organization here: this Panelist instance restricts it, or this session is limited to one organization.',
            }
          : described,
      );
      if (described.field === 'name') input?.focus();
      return;
    }
    if (viewer) await onCreated(viewer);
  }

  const formError = formLevelMessage(problem, FIELDS);
  return (
    <form className="stack form-narrow" onSubmit={(event) => void submit(event)} noValidate aria-label="Create an organization">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <TextField
        label="Organization name"
        name="name"
        autoComplete="organization"
        maxLength={MAX_ORGANIZATION_NAME}
        autoFocus
        hint="Your company or team, as its members will see it. Admins can rename it later."
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={messageFor(problem, 'name')}
      />
      <div>
        <button type="submit" className="button button--primary" disabled={loading}>
          {loading ? 'Creating…' : 'Create organization'}
        </button>
      </div>
    </form>
  );
}
