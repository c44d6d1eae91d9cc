import { useSyncExternalStore } from 'react';

/** Whether a CSS media query matches now, kept current as it changes (false where matchMedia is missing, e.g. jsdom). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      if (typeof window === 'undefined' || !window.matchMedia) return () => undefined;
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => (typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(query).matches : false),
    () => false,
  );
}

/** A touch screen without a mouse: no hover and a coarse pointer (phones and tablets). */
export const TOUCH_QUERY = '(hover: none) and (pointer: coarse)';

/** A phone-sized viewport, where the shell folds the account into its menu and pages go single-column. */
export const PHONE_QUERY = '(max-width: 720px)';
