import { stringify } from 'csv-stringify/sync';
import type { JobComparisonDto } from './dtos/panel-scorecard.dto';

/** Spreadsheets run cells starting with these as formulas; a leading apostrophe keeps them text. */
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: string | number | null): string | number {
  if (value === null) return '';
  if (typeof value === 'number') return Math.round(value * 100) / 100;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The comparison as CSV for spreadsheets: one row per candidate, one column per figure. */
export function comparisonCsv(comparison: JobComparisonDto): string {
  const header = [
    'Candidate',
    'Scorecards submitted',
    'Scorecards expected',
    'Missing from',
    'Composite',
    'Calibrated composite',
    ...comparison.competencies.map((competency) => `${competency} (mean)`),
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
    ].map(cell);
  });
  return stringify([header.map(cell), ...rows]);
}
