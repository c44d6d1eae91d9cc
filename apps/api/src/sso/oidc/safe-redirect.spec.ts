import { safeRedirectPath } from './safe-redirect';

describe('safeRedirectPath', () => {
  it('keeps a path of this app with its query and fragment', () => {
    expect(safeRedirectPath('/jobs/42?tab=panel#notes')).toBe('/jobs/42?tab=panel#notes');
  });

  it.each([
    ['another site', 'https://evil.test/'],
    ['a protocol-relative URL', '//evil.test/path'],
    ['a backslash that browsers read as a slash', '/\\evil.test'],
    ['a backslash later in the path', '/a\\b'],
    ['a relative path', 'jobs'],
    ['a script URL', 'javascript:alert(1)'],
    ['a line break', '/jobs\r\nSet-Cookie: x=1'],
    ['a tab that browsers drop', '/\t/evil.test'],
    ['nothing', undefined],
    ['several values', ['/a', '/b']],
  ])('answers / for %s', (_what, value) => {
    expect(safeRedirectPath(value)).toBe('/');
  });
});
