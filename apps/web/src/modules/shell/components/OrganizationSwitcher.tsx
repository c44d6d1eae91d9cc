import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { SwitchOrganizationDocument } from '../../../generated/graphql';
import { useOrganizationChanged, type Viewer } from '../../auth';
import { describeError } from '../../errors';

interface OrganizationSwitcherProps {
  viewer: Viewer;
  onSwitched: (message: string) => void;
}

/** Shown only to people who belong to several organizations. Refetches everything after a switch. */
export function OrganizationSwitcher({ viewer, onSwitched }: OrganizationSwitcherProps) {
  const id = useId();
  const organizationChanged = useOrganizationChanged();
  const [switchOrganization, { loading }] = useMutation(SwitchOrganizationDocument);
  const [error, setError] = useState<string | null>(null);

  async function change(organizationId: string) {
    setError(null);
    try {
      const { data } = await switchOrganization({ variables: { organizationId } });
      await organizationChanged();
      if (data) onSwitched(`Switched to ${data.switchOrganization.organization.name}.`);
    } catch (caught) {
      const problem = describeError(caught);
      // Refused for this session, not for the role: e.g. the organization allows only its single sign-on.
      setError(
        problem.code === 'FORBIDDEN'
          ? 'That organization needs you to sign in again (with its single sign-on if it uses one). Sign out, then sign in to it.'
          : problem.message,
      );
    }
  }

  return (
    <div className="org-switcher">
      <label htmlFor={id} className="visually-hidden">
        Organization
      </label>
      <select
        id={id}
        className="select select--compact"
        value={viewer.organization.id}
        disabled={loading}
        onChange={(event) => void change(event.target.value)}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        {viewer.memberships.map((membership) => (
          <option key={membership.organization.id} value={membership.organization.id}>
            {membership.organization.name}
          </option>
        ))}
      </select>
      {error ? (
        <p id={`${id}-error`} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
