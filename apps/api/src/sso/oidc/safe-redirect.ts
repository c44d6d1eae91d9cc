const PLACEHOLDER_ORIGIN = 'http://panelist.invalid';

/**
 * A page of this app to land on after signing in, or `/`. Only a path is accepted: `//evil.test`,
 * `/\evil.test` and absolute URLs would send a freshly signed-in person to another site.
 */
export function safeRedirectPath(value: unknown): string {
  if (typeof value !== 'string' || value.length > 2000) return '/';
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return '/';
  const url = new URL(value, PLACEHOLDER_ORIGIN);
  if (url.origin !== PLACEHOLDER_ORIGIN) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}
