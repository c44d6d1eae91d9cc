import '../bank-imports.css';
const STEPS = ['Choose a file', 'Upload', 'Review and commit'] as const;

/** Where the import is: choose a file, upload it, review and commit. */
export function ImportSteps({ current }: { current: 0 | 1 | 2 }) {
  return (
    <ol className="steps" aria-label="Import steps">
      {STEPS.map((step, index) => (
        <li
          key={step}
          className={index < current ? 'is-done' : index === current ? 'is-current' : undefined}
          aria-current={index === current ? 'step' : undefined}
        >
          <span className="steps__number" aria-hidden="true">
            {index < current ? '✓' : index + 1}
          </span>
          {step}
        </li>
      ))}
    </ol>
  );
}
