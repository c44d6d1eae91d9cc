/** What a key press asks interview mode to do. */
export type ShortcutAction =
  | { type: 'rate'; rating: number }
  | { type: 'notAsked' }
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'focusNotes' }
  | { type: 'toggleOverview' }
  | { type: 'submit' }
  | { type: 'escape' };

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  target: EventTarget | null;
}

const NON_TEXT_INPUTS = new Set(['radio', 'checkbox', 'button', 'submit', 'reset']);

/** Typing in a field must never rate or navigate; radios and checkboxes are not typing. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as HTMLElement).tagName !== 'string') return false;
  const element = target as HTMLElement;
  if (element.isContentEditable) return true;
  switch (element.tagName) {
    case 'TEXTAREA':
    case 'SELECT':
      return true;
    case 'INPUT':
      return !NON_TEXT_INPUTS.has((element as HTMLInputElement).type);
    default:
      return false;
  }
}

function isRadio(target: EventTarget | null): boolean {
  return (target as HTMLInputElement | null)?.tagName === 'INPUT' && (target as HTMLInputElement).type === 'radio';
}

/**
 * The interview-mode keyboard map. Ctrl/Cmd+Enter (submit) and Escape (leave the field) also work
 * while typing; everything else only outside text fields. Arrow keys on a radio keep their native meaning.
 */
export function shortcutFor(press: KeyPress, scalePoints: number): ShortcutAction | null {
  if ((press.ctrlKey || press.metaKey) && press.key === 'Enter') return { type: 'submit' };
  if (press.key === 'Escape') return { type: 'escape' };
  if (isTypingTarget(press.target) || press.ctrlKey || press.metaKey || press.altKey) return null;
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  if (/^[1-9]$/.test(key)) return Number(key) <= scalePoints ? { type: 'rate', rating: Number(key) } : null;
  switch (key) {
    case '0':
    case 'x':
      return { type: 'notAsked' };
    case 'j':
      return { type: 'next' };
    case 'k':
      return { type: 'previous' };
    case 'ArrowRight':
      return isRadio(press.target) ? null : { type: 'next' };
    case 'ArrowLeft':
      return isRadio(press.target) ? null : { type: 'previous' };
    case 'n':
      return { type: 'focusNotes' };
    case 'o':
      return { type: 'toggleOverview' };
    default:
      return null;
  }
}
