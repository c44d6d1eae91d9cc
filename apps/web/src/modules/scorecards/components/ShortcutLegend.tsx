/** The keyboard map, always on screen while scoring. */
export function ShortcutLegend({ scalePoints }: { scalePoints: number }) {
  return (
    <section className="im-legend" aria-label="Keyboard shortcuts" data-testid="shortcut-legend">
      <span>
        <kbd>1</kbd>–<kbd>{scalePoints}</kbd> rate
      </span>
      <span>
        <kbd>0</kbd> / <kbd>x</kbd> not asked
      </span>
      <span>
        <kbd>j</kbd> / <kbd>→</kbd> next
      </span>
      <span>
        <kbd>k</kbd> / <kbd>←</kbd> previous
      </span>
      <span>
        <kbd>n</kbd> notes
      </span>
      <span>
        <kbd>Esc</kbd> leave notes
      </span>
      <span>
        <kbd>o</kbd> overview
      </span>
      <span>
        <kbd>Ctrl</kbd>+<kbd>Enter</kbd> submit (wrap-up)
      </span>
    </section>
  );
}
