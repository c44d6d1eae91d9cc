import { effectiveCompetencyRatings, prefillCompetencyRatings, type ScorecardDraft, type ScoringKit } from '@panelist/scorecards';
import { competencyLabel, plural } from '../../format';
import { ownCompetencyRating } from '../utils/draft-fields';
import { ratedAnswerCounts, ratingText, type InterviewKit } from '../utils/interview-kit';
import { RatingRadioGroup } from './RatingRadioGroup';

interface CompetencyRatingsProps {
  kit: InterviewKit;
  scoring: ScoringKit;
  draft: ScorecardDraft;
  /** null returns the competency to its pre-fill. */
  onChange: (competency: string, rating: number | null) => void;
}

/**
 * One rating per competency, pre-filled from the question ratings (rounded mean). Choosing a rating
 * overrides the pre-fill; "Use the pre-fill" hands it back, so later answer ratings move it again.
 */
export function CompetencyRatings({ kit, scoring, draft, onChange }: CompetencyRatingsProps) {
  const prefill = new Map(prefillCompetencyRatings(scoring, draft.answers).map((entry) => [entry.competency, entry.rating]));
  const counts = ratedAnswerCounts(scoring, draft.answers);
  return (
    <section className="card im-competencies" aria-labelledby="im-competencies-heading">
      <div className="card__header">
        <h2 id="im-competencies-heading">Competency ratings</h2>
        <p className="muted small">Pre-filled from your question ratings. Adjust any that the answers alone do not capture.</p>
      </div>
      <ul className="im-competencies__list">
        {effectiveCompetencyRatings(scoring, draft).map(({ competency, rating }) => {
          const own = ownCompetencyRating(draft, competency);
          const prefilled = prefill.get(competency) ?? null;
          const answers = plural(counts.get(competency) ?? 0, 'answer');
          const name = competencyLabel(competency);
          return (
            <li key={competency} className="im-competency" data-testid={`competency-${competency}`}>
              <div className="im-competency__head">
                <h3 className="im-competency__name">{name}</h3>
                <p className="small im-competency__source">
                  {own === null ? (
                    prefilled === null ? (
                      <span className="muted">No rated answers to pre-fill from: choose a rating or leave it empty.</span>
                    ) : (
                      <span className="im-prefill">Pre-filled from {answers}</span>
                    )
                  ) : (
                    <>
                      <span className="muted">
                        Adjusted by you · the pre-fill is {prefilled === null ? 'empty' : ratingText(kit, prefilled)} from {answers}
                      </span>{' '}
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => onChange(competency, null)}
                        aria-label={`Use the pre-fill for ${name}`}
                      >
                        Use the pre-fill
                      </button>
                    </>
                  )}
                </p>
              </div>
              <RatingRadioGroup
                label={`Rating for ${name}`}
                scale={kit.ratingScale}
                value={rating}
                onRate={(value) => onChange(competency, value)}
                testIdPrefix={`competency-${competency}-rating`}
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
