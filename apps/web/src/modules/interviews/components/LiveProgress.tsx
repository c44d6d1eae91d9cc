/** The visible live region of a loop page: a colleague's progress is read out as it happens. */
export function LiveProgress({ announcement, paused }: { announcement: string; paused: boolean }) {
  return (
    <div className={`live-update${paused ? ' live-update--paused' : ''}`}>
      <span className="live-update__dot" aria-hidden="true" />
      <p role="status" aria-live="polite" aria-atomic="true" data-testid="panel-progress-live">
        {paused
          ? 'Live updates are paused. Reload the page to see the latest panel status.'
          : announcement || 'Live: panel status updates here as interviewers score, without reloading.'}
      </p>
    </div>
  );
}
