import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import '../questions.css';

interface ListEditorProps {
  label: string;
  /** Names one row for screen readers, e.g. "Look-for point". */
  itemLabel: string;
  hint?: string;
  error?: string;
  items: string[];
  onChange: (items: string[]) => void;
  addLabel: string;
  tone?: 'look' | 'red' | 'plain';
  name: string;
}

/**
 * Rows of short text. Enter adds a row below, Backspace in an empty row removes it, and focus always
 * lands somewhere sensible, so the whole list can be written without the mouse.
 */
export function ListEditor({ label, itemLabel, hint, error, items, onChange, addLabel, tone = 'plain', name }: ListEditorProps) {
  const id = useId();
  const inputs = useRef<Array<HTMLInputElement | null>>([]);
  /** Where focus goes after the rows re-render: a row index, or -1 for the Add button. */
  const pendingFocus = useRef<number | null>(null);
  const addRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    pendingFocus.current = null;
    if (index < 0) addRef.current?.focus();
    else inputs.current[index]?.focus();
  });

  function setFocusIndex(index: number) {
    pendingFocus.current = index;
  }

  function insertAfter(index: number) {
    const next = [...items];
    next.splice(index + 1, 0, '');
    onChange(next);
    setFocusIndex(index + 1);
  }

  function remove(index: number) {
    onChange(items.filter((_, i) => i !== index));
    setFocusIndex(items.length === 1 ? -1 : Math.max(0, index - 1));
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>, index: number) {
    if (event.key === 'Enter') {
      event.preventDefault();
      insertAfter(index);
    } else if (event.key === 'Backspace' && items[index] === '') {
      event.preventDefault();
      remove(index);
    } else if (event.key === 'ArrowDown' && index < items.length - 1) {
      event.preventDefault();
      inputs.current[index + 1]?.focus();
    } else if (event.key === 'ArrowUp' && index > 0) {
      event.preventDefault();
      inputs.current[index - 1]?.focus();
    }
  }

  return (
    <fieldset className={`list-editor list-editor--${tone}`} aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}>
      <legend className="field__label">{label}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {items.length > 0 ? (
        <ol className="list-editor__rows">
          {items.map((item, index) => (
            <li key={index} className="list-editor__row">
              <input
                ref={(element) => {
                  inputs.current[index] = element;
                }}
                name={index === 0 ? name : undefined}
                className="input"
                aria-label={`${itemLabel} ${index + 1}`}
                value={item}
                onChange={(event) => onChange(items.map((value, i) => (i === index ? event.target.value : value)))}
                onKeyDown={(event) => onKeyDown(event, index)}
              />
              <button
                type="button"
                className="button button--small button--quiet"
                aria-label={`Remove ${itemLabel.toLowerCase()} ${index + 1}`}
                onClick={() => remove(index)}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
      ) : null}
      <button ref={addRef} type="button" className="button button--small" onClick={() => insertAfter(items.length - 1)}>
        + {addLabel}
      </button>
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
