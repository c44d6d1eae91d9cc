import type { CandidateDetailFragment, CandidateInput } from '../../../generated/graphql';
import type { Problem } from '../../errors';

export const CANDIDATE_FIELDS = ['name', 'email', 'links'] as const;
export const MAX_LINKS = 10;

export interface CandidateFormValues {
  name: string;
  email: string;
  links: string[];
}

export const EMPTY_CANDIDATE: CandidateFormValues = { name: '', email: '', links: [] };

export function candidateFormValues(candidate: CandidateDetailFragment): CandidateFormValues {
  return { name: candidate.name, email: candidate.email, links: [...candidate.links] };
}

const bad = (field: (typeof CANDIDATE_FIELDS)[number], message: string): Problem => ({ code: 'BAD_USER_INPUT', field, message });
const filled = (links: readonly string[]) => links.map((link) => link.trim()).filter(Boolean);

/** The first problem, in the order of the form. The server checks again (and owns uniqueness of the email). */
export function checkCandidate(values: CandidateFormValues): Problem | null {
  if (!values.name.trim()) return bad('name', 'Enter the candidate’s name.');
  if (values.name.trim().length > 200) return bad('name', 'Name must be 1 to 200 characters.');
  if (!values.email.trim()) return bad('email', 'Enter the candidate’s email address.');
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim())) return bad('email', 'Enter a valid email address.');
  const links = filled(values.links);
  if (links.length > MAX_LINKS) return bad('links', `At most ${MAX_LINKS} links.`);
  if (links.some((link) => !/^https?:\/\/\S+$/i.test(link)))
    return bad('links', 'Each link must be a full http(s) address, e.g. https://github.com/name.');
  return null;
}

export function toCandidateInput(values: CandidateFormValues): CandidateInput {
  return { name: values.name.trim(), email: values.email.trim(), links: filled(values.links) };
}

/** Case, accents and spacing aside: "Priya  Raman" and "priya raman" are the same name. */
function normalized(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Existing candidates who may be the person being added: the same name or the same email. A hint, not
 * a rule: two people can share a name (the server refuses a second use of an email itself).
 */
export function possibleDuplicates<T extends { name: string; email: string }>(values: CandidateFormValues, existing: readonly T[]): T[] {
  const name = normalized(values.name);
  const email = normalized(values.email);
  return existing.filter(
    (candidate) => (name.length > 0 && normalized(candidate.name) === name) || (email.length > 0 && normalized(candidate.email) === email),
  );
}
