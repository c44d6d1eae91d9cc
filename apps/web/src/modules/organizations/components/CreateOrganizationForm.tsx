import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { CreateOrganizationDocument, type ViewerFieldsFragment } from '../../../generated/graphql';
import { describeError, messageFor, useFormProblem } from '../../errors';
import { Alert, TextField } from '../../ui';

const FIELDS = ['name'] as const;
export const MAX_ORGANIZATION_NAME = 120;

interface CreateOrganizationFormProps {
  onCreated: (viewer: ViewerFieldsFragment) => void | Promise<void>;
}

/** Names a new organization; the server makes the person its admin and moves the session there. */
export function CreateOrganizationForm({ onCreated }: CreateOrganizationFormProps) {
  const [name, setName] = useState('');
  const { formRef, problem, showProblem, formError } = useFormProblem(FIELDS);
  const [create, { loading }] = useMutation(CreateOrganizationDocument);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (showProblem(name.trim() ? null : { code: 'BAD_USER_INPUT', field: 'name', message: 'Enter a name for the organization.' })) return;
    let viewer: ViewerFieldsFragment | undefined;
    try {
      viewer = (await create({ variables: { input: { name: name.trim() } } })).data?.createOrganization;
    } catch (error) {
      const described = describeError(error);
      showProblem(
        described.code === 'FORBIDDEN'
          ? {
              ...described,
              message:
                'You cannot create an organization here: this Panelist instance restricts it, or this session is limited to one organization.',
            }
          : described,
      );
      return;
    }
    if (viewer) await onCreated(viewer);
  }

  return (
    <form
      ref={formRef}
      className="stack form-narrow"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label="Create an organization"
    >
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
