import { competencyLabel } from '@panelist/kits';
import { safeCsv } from '../common/csv/safe-csv';
import type { JobComparisonDto } from './dtos/panel-scorecard.dto';

/** The comparison as CSV for spreadsheets: one row per candidate, one column per figure, competencies by name. */
export function comparisonCsv(comparison: JobComparisonDto): string {
  const header = [
    'Candidate',
    'Scorecards submitted',
    'Scorecards expected',
    'Missing from',
    'Composite',
    'Calibrated composite',
    ...comparison.competencies.map((competency) => `${competencyLabel(competency)} (mean)`),
    'Disagreements',
    'Strong no',
    'No',
    'Yes',
    'Strong yes',
    'Decision',
  ];
  const rows = comparison.rows.map((row) => {
    const hidden = !row.visible;
    const mean = (competency: string) => row.competencies.find((entry) => entry.competency === competency)?.mean ?? null;
    return [
      row.candidate.name,
      row.submitted,
      row.expected,
      row.missing.map((seat) => seat.interviewer.name).join('; '),
      hidden ? 'hidden until you submit your own scorecard' : row.rawComposite.score,
      hidden ? null : row.calibratedComposite.score,
      ...comparison.competencies.map((competency) => (hidden ? null : mean(competency))),
      row.disagreements.join('; '),
      row.tally.strongNo,
      row.tally.no,
      row.tally.yes,
      row.tally.strongYes,
      row.decision?.decision ?? '',
    ];
  });
  return safeCsv([header, ...rows], { bom: true });
}
