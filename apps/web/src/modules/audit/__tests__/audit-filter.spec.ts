import { filterFromSearch, filterInput, filterProblems, isDay, searchFromFilter, EMPTY_AUDIT_FILTER } from '../utils/audit-filter';
import { actionLabel, detailLabel, detailValue, groupActions, targetHref } from '../utils/audit-labels';

describe('audit filter in the URL', () => {
  it('reads every filter and writes back only the ones set', () => {
    const filter = filterFromSearch(
      new URLSearchParams('person=u-1&action=member.role_changed&targetType=member&targetId=m-1&from=2026-03-01&to=2026-03-31'),
    );
    expect(filter).toEqual({
      person: 'u-1',
      action: 'member.role_changed',
      targetType: 'member',
      targetId: 'm-1',
      from: '2026-03-01',
      to: '2026-03-31',
    });
    expect(searchFromFilter({ ...EMPTY_AUDIT_FILTER, action: 'session.sign_in_failed' }).toString()).toBe('action=session.sign_in_failed');
    expect(searchFromFilter(EMPTY_AUDIT_FILTER).toString()).toBe('');
  });

  it('leaves out what a hand-edited address gets wrong instead of sending it', () => {
    const filter = filterFromSearch(new URLSearchParams(`from=2026-02-30&to=yesterday&targetId=${'x'.repeat(101)}`));
    expect(filter).toEqual(EMPTY_AUDIT_FILTER);
  });

  it('turns days into instants: from the start of the first day to the end of the last (local time)', () => {
    expect(filterInput({ ...EMPTY_AUDIT_FILTER, from: '2026-03-01', to: '2026-03-31' })).toEqual({
      from: new Date(2026, 2, 1).toISOString(),
      to: new Date(2026, 3, 1).toISOString(),
    });
    expect(filterInput({ ...EMPTY_AUDIT_FILTER, person: 'u-1', targetType: ' kit ', targetId: ' k-1 ' })).toEqual({
      actorId: 'u-1',
      targetType: 'kit',
      targetId: 'k-1',
    });
    expect(filterInput(EMPTY_AUDIT_FILTER)).toEqual({});
  });

  it('refuses a last day before the first, on the last day’s field', () => {
    expect(filterProblems({ ...EMPTY_AUDIT_FILTER, from: '2026-03-02', to: '2026-03-01' })).toEqual([
      { field: 'to', message: 'The last day must be on or after the first day.' },
    ]);
    expect(filterProblems({ ...EMPTY_AUDIT_FILTER, from: '2026-03-01', to: '2026-03-01' })).toEqual([]);
    expect(isDay('2026-02-29')).toBe(false);
    expect(isDay('2028-02-29')).toBe(true);
  });
});

describe('audit labels', () => {
  it('says actions in words and groups them by area in the order given', () => {
    expect(actionLabel('session.sign_in_failed')).toBe('Sign-in failed');
    expect(actionLabel('something.new')).toBe('something.new');
    expect(
      groupActions(['session.signed_in', 'member.invited', 'session.signed_out']).map((group) => [
        group.label,
        group.actions.map((action) => action.label),
      ]),
    ).toEqual([
      ['Sign-in', ['Signed in', 'Signed out']],
      ['Members', ['Member invited']],
    ]);
  });

  it('names details and their coded values in words', () => {
    expect(detailLabel('sessionsEnded')).toBe('Sessions ended');
    expect(detailLabel('new_secret')).toBe('New secret');
    expect(detailValue('role', 'HIRING_MANAGER')).toBe('Hiring manager');
    expect(detailValue('decision', 'NO_HIRE')).toBe('No hire');
    expect(detailValue('passwordSignIn', 'false')).toBe('no');
    expect(detailValue('reason', 'wrong password')).toBe('wrong password');
  });

  it('links targets that have a page', () => {
    expect(targetHref('candidate', 'c-1')).toBe('/candidates/c-1');
    expect(targetHref('session', 's-1')).toBeNull();
  });
});
