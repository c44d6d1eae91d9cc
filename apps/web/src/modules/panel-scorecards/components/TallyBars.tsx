import type { PanelTallyFieldsFragment } from '../../../generated/graphql';
import { formatSigned } from '../utils/format-figures';
import { FigureName } from './FigureLegend';
import { SplitFlag } from './Flags';

const ROWS = [
  { key: 'strongYes', label: 'Strong yes', tone: 'strong-yes' },
  { key: 'yes', label: 'Yes', tone: 'yes' },
  { key: 'no', label: 'No', tone: 'no' },
  { key: 'strongNo', label: 'Strong no', tone: 'strong-no' },
] as const;

/** The recommendation tally as labelled horizontal bars (readable without colour), with lean and split. */
export function TallyBars({ tally }: { tally: PanelTallyFieldsFragment }) {
  const widest = Math.max(1, ...ROWS.map((row) => tally[row.key]));
  return (
    <div className="tally">
      <table className="tally-bars">
        <caption className="visually-hidden">Recommendations from {tally.total} interviewers</caption>
        <tbody>
          {ROWS.map((row) => (
            <tr key={row.key} data-testid={`tally-${row.tone}`}>
              <th scope="row" className="tally-bars__label">
                {row.label}
              </th>
              <td className="tally-bars__track">
                <span className={`tally-bars__bar tally-bars__bar--${row.tone}`} style={{ width: `${(tally[row.key] / widest) * 100}%` }} />
              </td>
              <td className="tally-bars__count">{tally[row.key]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="tally__summary">
        <FigureName figure="lean" />: <strong>{formatSigned(tally.lean)}</strong>{' '}
        <span className="muted">(−2 all Strong no … +2 all Strong yes)</span>
      </p>
      {tally.split ? <SplitFlag /> : null}
    </div>
  );
}

/** The tally for a table cell: one line per recommendation given, e.g. "1 Strong yes", "2 Yes". */
export function TallyInline({ tally, compact = true }: { tally: PanelTallyFieldsFragment; compact?: boolean }) {
  const given = ROWS.filter((row) => tally[row.key] > 0);
  return (
    <span className="tally-inline">
      {given.length ? (
        <span className="tally-inline__counts">
          {given.map((row) => (
            <span key={row.key}>
              {tally[row.key]} {row.label}
            </span>
          ))}
        </span>
      ) : (
        <span>None yet</span>
      )}
      {tally.total ? <span className="muted small">Lean {formatSigned(tally.lean)}</span> : null}
      {tally.split ? <SplitFlag compact={compact} /> : null}
    </span>
  );
}
