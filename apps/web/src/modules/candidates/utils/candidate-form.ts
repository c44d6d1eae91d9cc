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
