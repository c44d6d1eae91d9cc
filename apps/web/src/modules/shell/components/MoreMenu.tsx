import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';

interface MoreMenuProps {
  /** Marks the button when the page being shown is one of the links inside. */
  holdsCurrentPage: boolean;
  children: ReactNode;
}

/**
 * The "More" disclosure at the end of the navigation: a button with aria-expanded and the items that
 * did not fit below it. Escape closes it and returns focus to the button; so do a click outside and
 * following a link.
 */
export function MoreMenu({ holdsCurrentPage, children }: MoreMenuProps) {
  // The page the menu was opened on: following a link (a new page) closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const id = useId();
  const wrapperRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();
  const open = openOn === pathname;
  const setOpen = (next: boolean) => setOpenOn(next ? pathname : null);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      setOpenOn(null);
      buttonRef.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (!wrapperRef.current?.contains(event.target as Node)) setOpenOn(null);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <div className="shell__more" ref={wrapperRef}>
      <button
        ref={buttonRef}
        type="button"
        className={`shell__link shell__more-button${holdsCurrentPage ? ' is-current' : ''}`}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        More <span aria-hidden="true">▾</span>
      </button>
      <div id={id} className="shell__more-menu" hidden={!open}>
        {children}
      </div>
    </div>
  );
}
