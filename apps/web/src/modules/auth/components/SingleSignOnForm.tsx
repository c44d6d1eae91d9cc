import { useState, type FormEvent } from 'react';
import { messageFor, type Problem } from '../../errors';
import { TextField } from '../../ui';
import { isValidSlug, normalizeSlug, ssoStartUrl } from '../utils/single-sign-on';

interface SingleSignOnFormProps {
  /** The app page to come back to after signing in. */
  redirect: string;
  initialSlug?: string;
  /** A full page load to the identity provider; replaced in tests. */
  go?: (url: string) => void;
}

/** Asks for the organization's short name and hands over to its identity provider. */
export function SingleSignOnForm({ redirect, initialSlug = '', go = (url) => window.location.assign(url) }: SingleSignOnFormProps) {
  const [slug, setSlug] = useState(initialSlug);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [leaving, setLeaving] = useState(false);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const organization = normalizeSlug(slug);
    if (!isValidSlug(organization)) {
      setProblem({
        code: 'BAD_USER_INPUT',
        field: 'organization',
        message: organization
          ? 'Enter the short name as your admin gave it: lowercase letters, digits and hyphens.'
          : 'Enter your organization’s short name.',
      });
      event.currentTarget.querySelector<HTMLInputElement>('[name="organization"]')?.focus();
      return;
    }
    setProblem(null);
    setLeaving(true);
    go(ssoStartUrl(organization, redirect));
  }

  return (
    <form className="stack" onSubmit={submit} noValidate aria-label="Sign in with single sign-on">
      <TextField
        label="Organization short name"
        name="organization"
        autoComplete="organization"
        autoCapitalize="none"
        spellCheck={false}
        hint="Your admin can tell you, e.g. acme-robotics. You continue at your organization’s identity provider."
        value={slug}
        onChange={(event) => setSlug(event.target.value)}
        error={messageFor(problem, 'organization')}
      />
      <button type="submit" className="button button--block" disabled={leaving}>
        {leaving ? 'Opening your identity provider…' : 'Continue with single sign-on'}
      </button>
    </form>
  );
}
