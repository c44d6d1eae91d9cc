import { useEffect, useRef, type ReactNode } from 'react';

interface PageHeadingProps {
  children: ReactNode;
  /** The document title; " · Panelist" is appended. */
  title: string;
  /** Move focus here when the page opens, so keyboard and screen-reader users start at the top. */
  focusOnMount?: boolean;
}

/** The page's h1: sets the document title and takes focus after client-side navigation. */
export function PageHeading({ children, title, focusOnMount = true }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Panelist`;
    if (focusOnMount) ref.current?.focus({ preventScroll: true });
  }, [title, focusOnMount]);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-title">
      {children}
    </h1>
  );
}
