import { useEffect, useRef, type ReactNode } from 'react';

interface ConflictPanelProps {
  /** Id of the heading, which labels the panel. */
  headingId: string;
  heading: string;
  /** The person chose to keep their text: the next save replaces the newer version, and the choices go. */
  keepingMine: boolean;
  /** Why nothing was saved, or (keeping theirs) what the next save does. */
  explanation: ReactNode;
  theirsCaption: string;
  /** A short account of the newer version, quoted. */
  theirs: ReactNode;
  /** Shown under the quote, e.g. their change note. */
  theirsNote?: ReactNode;
  keepMineLabel: string;
  onKeepMine: () => void;
  onLoadTheirs: () => void;
  /** Further choices after the two buttons, e.g. a link to their version. */
  moreActions?: ReactNode;
}

/** Someone saved a newer version while this person was editing: nothing was overwritten, and they choose. */
export function ConflictPanel({
  headingId,
  heading,
  keepingMine,
  explanation,
  theirsCaption,
  theirs,
  theirsNote,
  keepMineLabel,
  onKeepMine,
  onLoadTheirs,
  moreActions,
}: ConflictPanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The Save button is at the bottom of a long form: bring the news to where the person is looking.
  useEffect(() => {
    headingRef.current?.focus();
  }, [keepingMine]);
  return (
    <section className="conflict" role="alert" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {heading}
      </h2>
      <p>{explanation}</p>
      <figure className="conflict__theirs">
        <figcaption>{theirsCaption}</figcaption>
        <blockquote>{theirs}</blockquote>
        {theirsNote}
      </figure>
      {keepingMine ? null : (
        <div className="conflict__actions">
          <button type="button" className="button button--primary" onClick={onKeepMine}>
            {keepMineLabel}
          </button>
          <button type="button" className="button" onClick={onLoadTheirs}>
            Discard mine and load theirs
          </button>
          {moreActions}
        </div>
      )}
    </section>
  );
}
