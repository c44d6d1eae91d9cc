import type { ReactNode } from 'react';

/** A polite live region that shows the last outcome (scheduled, saved, added...) as a success message. */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <div className="notice-region" aria-live="polite" aria-atomic="true">
      {children ? <div className="alert alert--success">{children}</div> : null}
    </div>
  );
}
