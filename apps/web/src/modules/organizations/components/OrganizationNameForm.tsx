import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { UpdateOrganizationDocument, type OrganizationSettingsFieldsFragment } from '../../../generated/graphql';
import { describeError, messageFor, useFormProblem } from '../../errors';
import { Alert, TextField } from '../../ui';
import { MAX_ORGANIZATION_NAME } from './CreateOrganizationForm';

const FIELDS = ['name'] as const;

interface OrganizationNameFormProps {
  settings: OrganizationSettingsFieldsFragment;
  /** Reloads the settings, e.g. after a CONFLICT showed they were stale. */
  onStale: () => Promise<unknown>;
}

/** Renames the organization; the version it was loaded at guards against overwriting another admin. */
export function OrganizationNameForm({ settings, onStale }: OrganizationNameFormProps) {
  const [name, setName] = useState(settings.name);
  const { formRef, problem, showProblem, formError } = useFormProblem(FIELDS);
  const [saved, setSaved] = useState<string | null>(null);
  const [update, { loading }] = useMutation(UpdateOrganizationDocument, {
    update(cache, { data }) {
      const renamed = data?.updateOrganization;
      if (!renamed) return;
      // The header and organization menu read the Organization entity: show the new name there too.
      cache.modify({
        id: cache.identify({ __typename: 'Organization', id: renamed.id }),
        fields: { name: () => renamed.name },
      });
    },
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    if (showProblem(name.trim() ? null : { code: 'BAD_USER_INPUT', field: 'name', message: 'Enter a name for the organization.' })) return;
    try {
      const { data } = await update({ variables: { input: { name: name.trim(), version: settings.version } } });
      if (data) {
        setName(data.updateOrganization.name);
        setSaved(`Renamed to ${data.updateOrganization.name}.`);
      }
    } catch (error) {
      const described = describeError(error);
      showProblem(described);
      if (described.code === 'CONFLICT') await onStale().catch(() => undefined);
    }
  }

  const unchanged = name.trim() === settings.name;
  return (
    <form
      ref={formRef}
      className="stack form-narrow"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby="organization-name-heading"
    >
      <div aria-live="polite">{saved ? <div className="alert alert--success">{saved}</div> : null}</div>
      {formError ? (
        <Alert tone="error">
          {formError}
          {problem?.code === 'CONFLICT' ? ` The name is now “${settings.name}”.` : null}
        </Alert>
      ) : null}
      <TextField
        label="Organization name"
        name="name"
        autoComplete="organization"
        maxLength={MAX_ORGANIZATION_NAME}
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={messageFor(problem, 'name')}
      />
      <dl className="summary">
        <div>
          <dt>Short name</dt>
          <dd className="cell-mono">{settings.slug}</dd>
        </div>
      </dl>
      <p className="muted small">
        Members type the short name to sign in with single sign-on. It stays the same when you rename the organization.
      </p>
      <div>
        <button type="submit" className="button button--primary" disabled={loading || unchanged}>
          {loading ? 'Saving…' : 'Save name'}
        </button>
      </div>
    </form>
  );
}
