/** Where to go after signing in: the page the person was heading to, if it is a page of the app. */
export function redirectTarget(state: unknown): string {
  const from = (state as { from?: { pathname?: unknown; search?: unknown } } | null)?.from;
  const pathname = typeof from?.pathname === 'string' ? from.pathname : '/';
  const search = typeof from?.search === 'string' ? from.search : '';
  // "//host" and "/\host" would leave the site (browsers read a backslash as a slash).
  if (!pathname.startsWith('/') || pathname.startsWith('//') || pathname.startsWith('/\\')) return '/';
  // A used reset link cannot be used again; an invitation page can (it then offers to join).
  if (pathname === '/login' || pathname.startsWith('/reset/')) return '/';
  return `${pathname}${search}`;
}

/** A notice handed to the login page through navigation state (e.g. "your session ended"). */
export function noticeFrom(state: unknown): string | null {
  const notice = (state as { notice?: unknown } | null)?.notice;
  return typeof notice === 'string' && notice.length > 0 ? notice : null;
}
