import { useId, useRef, useState } from 'react';

interface CopyFieldProps {
  /** The accessible name of the read-only text box. */
  label: string;
  /** Show the label on screen (default: only to assistive technology). */
  showLabel?: boolean;
  value: string;
  /** What is copied, as in "Copy link" and "Link copied to the clipboard." (e.g. "link", "URI"). */
  what?: string;
  buttonTone?: 'primary' | 'default';
}

type CopyState = 'idle' | 'copied' | 'manual';

/**
 * A read-only value with a Copy button. When the clipboard is blocked the value is selected and the
 * status says how to copy it by hand.
 */
export function CopyField({ label, showLabel = false, value, what = 'link', buttonTone = 'primary' }: CopyFieldProps) {
  const What = what.charAt(0).toUpperCase() + what.slice(1);
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [copyState, setCopyState] = useState<CopyState>('idle');

  async function copy() {
    try {
      if (!navigator.clipboard) throw new Error('Clipboard not available');
      await navigator.clipboard.writeText(value);
      setCopyState('copied');
    } catch {
      inputRef.current?.select();
      setCopyState('manual');
    }
  }

  return (
    <div className="copy-field">
      <label htmlFor={id} className={showLabel ? 'field__label' : 'visually-hidden'}>
        {label}
      </label>
      <div className="copy-field__row">
        <input
          id={id}
          ref={inputRef}
          className="input input--mono"
          readOnly
          value={value}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className={`button${buttonTone === 'primary' ? ' button--primary' : ''}`} onClick={() => void copy()}>
          {copyState === 'copied' ? 'Copied' : `Copy ${what}`}
        </button>
      </div>
      <p className="copy-field__status" role="status" aria-live="polite">
        {copyState === 'copied' ? `${What} copied to the clipboard.` : null}
        {copyState === 'manual' ? `Copying is blocked here. The ${what} is selected: press Ctrl+C (⌘C on a Mac).` : null}
      </p>
    </div>
  );
}
