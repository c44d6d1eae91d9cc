import { useEffect, useLayoutEffect, useRef } from 'react';
import { shortcutFor, type ShortcutAction } from '../utils/shortcuts';

/**
 * Listens for the interview-mode keys on the whole document. The handler returns true when it acted,
 * and only then is the browser's default (scrolling, typing the digit) prevented.
 */
export function useInterviewShortcuts(scalePoints: number, onShortcut: (action: ShortcutAction, event: KeyboardEvent) => boolean) {
  const latest = useRef({ scalePoints, onShortcut });
  useLayoutEffect(() => {
    latest.current = { scalePoints, onShortcut };
  });
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.isComposing) return;
      const action = shortcutFor(event, latest.current.scalePoints);
      if (action && latest.current.onShortcut(action, event)) event.preventDefault();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
