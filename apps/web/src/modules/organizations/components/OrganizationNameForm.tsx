import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { UpdateOrganizationDocument, type OrganizationSettingsFieldsFragment } from '../../../generated/graphql';
import { describeError, formLevelMessage, messageFor, type Problem } from '../../errors/utils/describe-error';
import { Alert } from '../../ui/components/Alert';
import { TextField } from '../../ui/components/TextField';
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
  const [problem, setProblem] = useState<Problem | null>(null);
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
    const input = event.currentTarget.querySelector<HTMLInputElement>('[name="name"]');
    setSaved(null);
    if (!name.trim()) {
      setProblem({ code: 'BAD_USER_INPUT', field: 'name', message: 'Enter a name for the organization.' });
      input?.focus();
      return;
    }
    setProblem(null);
    try {
      const { data } = await update({ variables: { input: { name: name.trim(), version: settings.version } } });
      if (data) {
        setName(data.updateOrganization.name);
        setSaved(`Renamed to ${data.updateOrganization.name}.`);
      }
    } catch (error) {
      const described = describeError(error);
      setProblem(described);
      if (described.field === 'name') input?.focus();
      if (described.code === 'CONFLICT') await onStale().catch(() => undefined);
    }
  }

  const formError = formLevelMessage(problem, FIELDS);
  const unchanged = name.trim() === settings.name;
  return (
    <form className="stack form-narrow" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="organization-name-heading">
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
