import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ROLES, ROLE_LABELS, isRole, type Role } from '@panelist/roles';
import { ConfigureSsoDocument, RemoveSsoDocument, type OrganizationSettingsFieldsFragment } from '../../../generated/graphql';
import { describeError, errorFieldPath, messageFor, useFormProblem, type Problem } from '../../errors';
import { Alert, CheckboxField, CopyField, SelectField, TextAreaField, TextField } from '../../ui';
import { formatDomains, parseDomains } from '../utils/allowed-domains';

const FIELDS = ['issuer', 'clientId', 'clientSecret', 'allowedDomains', 'defaultRole', 'enabled'] as const;

/** Roles someone may get by signing in for the first time: admins are always chosen by an admin. */
const JOIN_ROLE_OPTIONS = ROLES.filter((role) => role !== 'ADMIN').map((role) => ({ value: role, label: ROLE_LABELS[role] }));

/** Where the identity provider sends people back; the API's own answer once a connection exists. */
export function redirectUriFor(settings: OrganizationSettingsFieldsFragment, origin: string = window.location.origin): string {
  return settings.sso?.redirectUri ?? `${origin}/auth/oidc/callback`;
}

/** The API names list items by position ("allowedDomains.2"): they all belong to the one text area. */
function describeSsoError(error: unknown): Problem {
  const problem = describeError(error);
  const path = errorFieldPath(error);
  if (path && /(^|\.)allowedDomains(\.|$)/.test(path)) return { ...problem, field: 'allowedDomains' };
  return problem;
}

interface SsoConnectionFormProps {
  settings: OrganizationSettingsFieldsFragment;
  /** Reloads the settings after a CONFLICT and hands them back. */
  onStale: () => Promise<OrganizationSettingsFieldsFragment | undefined>;
}

type Sso = OrganizationSettingsFieldsFragment['sso'];

/** The organization's OpenID Connect connection. The client secret is write-only: never shown again. */
export function SsoConnectionForm({ settings, onStale }: SsoConnectionFormProps) {
  const sso = settings.sso;
  const [issuer, setIssuer] = useState(sso?.issuer ?? '');
  const [clientId, setClientId] = useState(sso?.clientId ?? '');
  const [clientSecret, setClientSecret] = useState('');
  const [domains, setDomains] = useState(formatDomains(sso?.allowedDomains ?? []));
  const [defaultRole, setDefaultRole] = useState<Role>(sso?.defaultRole ?? 'INTERVIEWER');
  const [enabled, setEnabled] = useState(sso?.enabled ?? true);
  const [saved, setSaved] = useState<string | null>(null);
  const [confirmingRemove, setConfirmingRemove] = useState(false);
  const { formRef, problem, showProblem, formError } = useFormProblem(FIELDS);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const [configure, { loading: saving }] = useMutation(ConfigureSsoDocument);
  const [remove, { loading: removing }] = useMutation(RemoveSsoDocument);

  useEffect(() => {
    if (confirmingRemove) confirmRef.current?.focus();
  }, [confirmingRemove]);

  /** Shows a connection as stored (or an empty form when there is none). */
  function fillFrom(stored: Sso) {
    setIssuer(stored?.issuer ?? '');
    setClientId(stored?.clientId ?? '');
    setClientSecret('');
    setDomains(formatDomains(stored?.allowedDomains ?? []));
    setDefaultRole(stored?.defaultRole ?? 'INTERVIEWER');
    setEnabled(stored?.enabled ?? true);
  }

  function checkLocally(): Problem | null {
    if (!issuer.trim()) return { code: 'BAD_USER_INPUT', field: 'issuer', message: 'Enter the issuer address of your identity provider.' };
    if (!clientId.trim())
      return { code: 'BAD_USER_INPUT', field: 'clientId', message: 'Enter the client ID your identity provider gave Panelist.' };
    if (!sso?.hasClientSecret && !clientSecret) {
      return { code: 'BAD_USER_INPUT', field: 'clientSecret', message: 'Enter the client secret your identity provider gave Panelist.' };
    }
    return null;
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    if (showProblem(checkLocally())) return;
    try {
      const { data } = await configure({
        variables: {
          input: {
            issuer: issuer.trim(),
            clientId: clientId.trim(),
            // Left out, the stored secret stays.
            ...(clientSecret ? { clientSecret } : {}),
            allowedDomains: parseDomains(domains),
            defaultRole,
            enabled,
            ...(sso ? { version: sso.version } : {}),
          },
        },
      });
      const stored = data?.configureSso.sso ?? null;
      fillFrom(stored);
      setSaved(stored?.enabled ? 'Single sign-on is saved and enabled.' : 'Single sign-on is saved, but switched off.');
    } catch (error) {
      const described = describeSsoError(error);
      showProblem(described);
      if (described.code === 'CONFLICT') {
        // Another admin changed it meanwhile: show their version, to review before saving again.
        const fresh = await onStale().catch(() => undefined);
        if (fresh) fillFrom(fresh.sso);
      }
    }
  }

  async function removeConnection() {
    setSaved(null);
    showProblem(null);
    try {
      await remove();
      fillFrom(null);
      setSaved('Single sign-on was removed. Members sign in with their password.');
    } catch (error) {
      showProblem(describeError(error));
    } finally {
      setConfirmingRemove(false);
    }
  }

  return (
    <div className="stack">
      <div className="stack">
        <p className="muted">Register Panelist as an OpenID Connect web application at your identity provider, with this redirect URI:</p>
        <CopyField label="Redirect URI" showLabel value={redirectUriFor(settings)} what="URI" buttonTone="default" />
      </div>
      <form ref={formRef} className="stack form-narrow" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="sso-heading">
        <div aria-live="polite">{saved ? <div className="alert alert--success">{saved}</div> : null}</div>
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        <TextField
          label="Issuer"
          name="issuer"
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          placeholder="https://login.example.com"
          hint="The identity provider’s issuer address; its discovery document lives below it."
          value={issuer}
          onChange={(event) => setIssuer(event.target.value)}
          error={messageFor(problem, 'issuer')}
        />
        <TextField
          label="Client ID"
          name="clientId"
          autoComplete="off"
          spellCheck={false}
          value={clientId}
          onChange={(event) => setClientId(event.target.value)}
          error={messageFor(problem, 'clientId')}
        />
        <TextField
          label="Client secret"
          name="clientSecret"
          type="password"
          autoComplete="new-password"
          hint={
            sso?.hasClientSecret
              ? 'Stored, and never shown again. Leave blank to keep it; type a new one to replace it.'
              : 'Stored, and never shown again.'
          }
          value={clientSecret}
          onChange={(event) => setClientSecret(event.target.value)}
          error={messageFor(problem, 'clientSecret')}
        />
        <TextAreaField
          label="Allowed email domains"
          name="allowedDomains"
          rows={2}
          spellCheck={false}
          placeholder="example.com, example.org"
          hint="People whose identity provider confirms an email at one of these domains join on their first sign-in, with the role below. Separate with commas. Leave empty to let only existing members and invited people sign in."
          value={domains}
          onChange={(event) => setDomains(event.target.value)}
          error={messageFor(problem, 'allowedDomains')}
        />
        <SelectField
          label="Role of people who join this way"
          name="defaultRole"
          options={JOIN_ROLE_OPTIONS}
          value={defaultRole}
          onChange={(event) => {
            if (isRole(event.target.value)) setDefaultRole(event.target.value);
          }}
          error={messageFor(problem, 'defaultRole')}
        />
        <CheckboxField
          label="Enabled"
          name="enabled"
          hint="Off keeps these settings, but signs out everyone who signed in with single sign-on, and turns password sign-in back on."
          checked={enabled}
          onChange={(event) => setEnabled(event.target.checked)}
          error={messageFor(problem, 'enabled')}
        />
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={saving}>
            {saving ? 'Saving…' : sso ? 'Save single sign-on' : 'Set up single sign-on'}
          </button>
          {sso && !confirmingRemove ? (
            <button type="button" className="button button--quiet-danger" onClick={() => setConfirmingRemove(true)}>
              Remove single sign-on
            </button>
          ) : null}
        </div>
      </form>
      {sso && confirmingRemove ? (
        <div
          className="confirm-box"
          role="group"
          aria-label="Confirm removing single sign-on"
          onKeyDown={(event) => event.key === 'Escape' && setConfirmingRemove(false)}
        >
          <p className="confirm__question">
            Remove single sign-on? Everyone signed in with it is signed out, nobody can sign in with it any more, and password sign-in is
            turned back on for {settings.name}.
          </p>
          <div className="form-actions">
            <button
              ref={confirmRef}
              type="button"
              className="button button--danger"
              disabled={removing}
              onClick={() => void removeConnection()}
            >
              {removing ? 'Removing…' : 'Yes, remove single sign-on'}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setConfirmingRemove(false)} disabled={removing}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
