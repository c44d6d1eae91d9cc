import { applyDraftChange } from './draft-change';
import { keepBothTexts, mergeDrafts } from './draft-merge';
import { emptyDraft, type ScorecardDraft } from './scorecard-draft';

const draft = (overrides: Partial<ScorecardDraft>): ScorecardDraft => ({ ...emptyDraft(), ...overrides });
const answer = (questionId: string, rating: number | null, notes = '', notAsked = false) => ({ questionId, rating, notAsked, notes });

describe('mergeDrafts', () => {
  const base = draft({ answers: [answer('q1', 2, 'base notes')], summary: 'draft' });

  it('takes each side’s changes to different fields without conflict', () => {
    const mine = draft({ answers: [answer('q1', 2, 'base notes'), answer('q2', 3)], summary: 'draft' });
    const theirs = draft({ answers: [answer('q1', 4, 'base notes')], summary: 'draft', recommendation: 'YES' });
    const { merged, conflicts } = mergeDrafts(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.answers).toEqual([answer('q1', 4, 'base notes'), answer('q2', 3)]);
    expect(merged.recommendation).toBe('YES');
  });

  it('reports a field both sides changed differently and keeps theirs until a person decides', () => {
    const mine = draft({ answers: [answer('q1', 2, 'mine')], summary: 'draft' });
    const theirs = draft({ answers: [answer('q1', null, 'theirs', true)], summary: 'draft' });
    const { merged, conflicts } = mergeDrafts(base, mine, theirs);
    expect(conflicts).toEqual([{ path: 'answers.q1.notes', mine: 'mine', theirs: 'theirs' }]);
    expect(merged.answers).toEqual([answer('q1', null, 'theirs', true)]);
  });

  it('treats the same change on both sides as agreement', () => {
    const same = draft({
      answers: [answer('q1', 3, 'base notes')],
      summary: 'done',
      competencyRatings: [{ competency: 'APIs', rating: 3 }],
    });
    expect(mergeDrafts(base, same, same)).toEqual({ merged: same, conflicts: [] });
  });

  it('merges competency names that contain dots', () => {
    const theirs = draft({ ...base, competencyRatings: [{ competency: 'Node.js', rating: 2 }] });
    expect(mergeDrafts(base, base, theirs).merged.competencyRatings).toEqual([{ competency: 'Node.js', rating: 2 }]);
  });
});

describe('keepBothTexts', () => {
  it('joins two different texts and never duplicates one', () => {
    expect(keepBothTexts('theirs', 'mine')).toBe('theirs\nmine');
    expect(keepBothTexts('Clear on TTLs. Good pace.', 'Clear on TTLs. Missed eviction.')).toBe(
      'Clear on TTLs. Good pace. Missed eviction.',
    );
    expect(keepBothTexts('theirs and mine', 'mine')).toBe('theirs and mine');
    expect(keepBothTexts('', 'mine')).toBe('mine');
  });
});

describe('applyDraftChange', () => {
  it('replaces the listed answers and leaves what the change does not mention', () => {
    const current = draft({ answers: [answer('q1', 2, 'kept'), answer('q2', 3)], recommendation: 'YES', summary: 'so far' });
    expect(applyDraftChange(current, { answers: [answer('q2', null, '', true)], summary: 'final' })).toEqual(
      draft({ answers: [answer('q1', 2, 'kept'), answer('q2', null, '', true)], recommendation: 'YES', summary: 'final' }),
    );
    expect(applyDraftChange(current, { recommendation: null }).recommendation).toBeNull();
  });
});
