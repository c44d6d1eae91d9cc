import type { CandidateDetailFragment } from '../../../generated/graphql';
import { formatDate } from '../../format';

/** Email and links of a candidate, read-only. */
export function CandidateContact({ candidate }: { candidate: CandidateDetailFragment }) {
  return (
    <dl className="contact-list">
      <div>
        <dt>Email</dt>
        <dd>
          <a href={`mailto:${candidate.email}`}>{candidate.email}</a>
        </dd>
      </div>
      <div>
        <dt>Links</dt>
        <dd>
          {candidate.links.length === 0 ? (
            <span className="muted">None</span>
          ) : (
            <ul className="contact-list__links">
              {candidate.links.map((link) => (
                <li key={link}>
                  <a href={link} target="_blank" rel="noreferrer noopener">
                    {link}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
      <div>
        <dt>Added</dt>
        <dd>{formatDate(candidate.createdAt)}</dd>
      </div>
    </dl>
  );
}
