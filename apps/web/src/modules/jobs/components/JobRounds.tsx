import { Link } from 'react-router';
import type { JobQuery } from '../../../generated/graphql';

type Job = JobQuery['job'];

/** The job's interview rounds, in order, each with its kit. */
export function JobRounds({ job }: { job: Job }) {
  const rounds = [...job.rounds].sort((a, b) => a.position - b.position);
  return (
    <section className="card" aria-labelledby="job-rounds-heading">
      <div className="card__header card__header--inline">
        <h2 id="job-rounds-heading">Interview rounds</h2>
        <Link to={`/jobs/${job.id}/edit`} className="link-button">
          Change rounds
        </Link>
      </div>
      {rounds.length === 0 ? (
        <p className="muted">No rounds yet. Edit the job to add them; interviews can also use any kit.</p>
      ) : (
        <ol className="round-list">
          {rounds.map((round) => (
            <li key={round.id}>
              <span className="round-list__name">{round.name}</span>
              <span className="muted small">
                {round.kit.title} · {round.kit.interviewMinutes} min
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
