/** A warning triangle: flags never rely on colour alone. */
function WarningIcon() {
  return (
    <svg className="flag__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M8 1.8 15 14H1z" fill="currentColor" />
      <path d="M8 6v3.6" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />
      <circle cx="8" cy="11.8" r="0.95" fill="#fff" />
    </svg>
  );
}

interface FlagProps {
  /** For dense tables: a short visible text; assistive technology still hears the full sentence. */
  compact?: boolean;
}

function FlagText({ full, short, compact }: { full: string; short: string; compact?: boolean }) {
  if (!compact) return <>{full}</>;
  return (
    <>
      <span aria-hidden="true">{short}</span>
      <span className="visually-hidden">{full}</span>
    </>
  );
}

/** Marks a competency whose ratings differ by half the scale or more (2 points on 1–4). */
export function DisagreementFlag({ compact }: FlagProps) {
  return (
    <span className="flag flag--disagreement" data-testid="disagreement-flag" title={compact ? 'Ratings differ by 2+ points' : undefined}>
      <WarningIcon />
      <FlagText full="Ratings differ by 2+ points" short="2+ apart" compact={compact} />
    </span>
  );
}

/** Marks a panel where some interviewers recommend hiring and some do not. */
export function SplitFlag({ compact }: FlagProps) {
  return (
    <span className="flag flag--split" data-testid="split-flag" title={compact ? 'Split panel: some say hire, some do not' : undefined}>
      <WarningIcon />
      <FlagText full="Split panel: some say hire, some do not" short="Split panel" compact={compact} />
    </span>
  );
}
