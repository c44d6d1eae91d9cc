import { noticeFrom, redirectTarget } from '../utils/redirect-target';

describe('redirectTarget', () => {
  it('returns to the page the person was heading to', () => {
    expect(redirectTarget({ from: { pathname: '/members', search: '?q=1' } })).toBe('/members?q=1');
  });

  it('goes home without a usable target', () => {
    expect(redirectTarget(null)).toBe('/');
    expect(redirectTarget({ from: { pathname: '/login' } })).toBe('/');
    expect(redirectTarget({ from: { pathname: '/reset/abc' } })).toBe('/');
  });

  it('returns to an invitation, which a signed-in person accepts with one button', () => {
    expect(redirectTarget({ from: { pathname: '/invite/abc' } })).toBe('/invite/abc');
  });

  it('never redirects to another site', () => {
    expect(redirectTarget({ from: { pathname: '//evil.example.com/x' } })).toBe('/');
    expect(redirectTarget({ from: { pathname: 'https://evil.example.com' } })).toBe('/');
    expect(redirectTarget({ from: { pathname: '/\\evil.example.com' } })).toBe('/');
  });
});

describe('noticeFrom', () => {
  it('reads a notice passed through navigation state', () => {
    expect(noticeFrom({ notice: 'You have signed out.' })).toBe('You have signed out.');
    expect(noticeFrom({ notice: 42 })).toBeNull();
    expect(noticeFrom(undefined)).toBeNull();
  });
});
