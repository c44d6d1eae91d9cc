import { MAX_SCALE_POINTS, MIN_SCALE_POINTS } from '@panelist/kits';
import {
  addQuestion,
  addSection,
  draftFromKit,
  draftProblems,
  emptyDraft,
  moveQuestionStep,
  moveSectionTo,
  setScalePoints,
  setWeight,
  summarizeDraft,
  toKitInput,
  type KitDraft,
} from '../utils/kit-draft';
import type { KitFieldsFragment } from '../../../generated/graphql';
import { aDraftQuestion } from '../../../testing/kit-fixtures';

function twoSections(): KitDraft {
  let draft = addSection(addSection({ ...emptyDraft(), roleName: 'Backend', title: 'Design' }, 'api-design', 's1'), 'reliability', 's2');
  draft = addQuestion(draft, 0, aDraftQuestion('a'));
  draft = addQuestion(draft, 0, aDraftQuestion('b'));
  draft = addQuestion(draft, 1, aDraftQuestion('c'));
  return draft;
}

const order = (draft: KitDraft) => draft.sections.map((section) => section.questions.map((q) => q.questionId));

describe('kit draft', () => {
  it('never adds a question that is already in the kit, in any section', () => {
    const draft = twoSections();
    expect(addQuestion(draft, 1, aDraftQuestion('a'))).toBe(draft);
    expect(addQuestion(draft, 0, aDraftQuestion('c'))).toBe(draft);
    expect(order(addQuestion(draft, 1, aDraftQuestion('d')))).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('moves a question one step within its section and across the section edge', () => {
    const draft = twoSections();
    expect(order(moveQuestionStep(draft, 'a', 1))).toEqual([['b', 'a'], ['c']]);
    expect(order(moveQuestionStep(draft, 'b', 1))).toEqual([['a'], ['b', 'c']]);
    expect(order(moveQuestionStep(draft, 'c', -1))).toEqual([['a', 'b', 'c'], []]);
    expect(moveQuestionStep(draft, 'a', -1)).toBe(draft);
    expect(moveQuestionStep(draft, 'c', 1)).toBe(draft);
  });

  it('moves a section to another place, keeping the others in order', () => {
    const draft = ['a', 'b', 'c', 'd'].reduce((current, key) => addSection(current, key, key), emptyDraft());
    const keys = (d: KitDraft) => d.sections.map((section) => section.key);
    expect(keys(moveSectionTo(draft, 0, 2))).toEqual(['b', 'c', 'a', 'd']);
    expect(keys(moveSectionTo(draft, 3, 0))).toEqual(['d', 'a', 'b', 'c']);
    expect(moveSectionTo(draft, 1, 9)).toBe(draft);
  });

  it('sizes the rating scale from 3 to 5 points with the default anchors, and nothing else', () => {
    const draft = emptyDraft();
    expect(draft.ratingScale).toHaveLength(4);
    for (let points = MIN_SCALE_POINTS; points <= MAX_SCALE_POINTS; points += 1) {
      const scale = setScalePoints(draft, points).ratingScale;
      expect(scale.map((p) => p.value)).toEqual(Array.from({ length: points }, (_, i) => i + 1));
      expect(scale[0].anchor).toMatch(/Red flag/);
      expect(scale[points - 1].anchor).toMatch(/goes beyond/);
    }
    expect(() => setScalePoints(draft, 2)).toThrow(RangeError);
    expect(() => setScalePoints(draft, 6)).toThrow(RangeError);
  });

  it('names the fields that stop a save with the API’s paths', () => {
    const draft = addSection(emptyDraft(), '', 's1');
    const fields = draftProblems({ ...draft, interviewMinutes: 2 }).map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['roleName', 'title', 'interviewMinutes', 'sections.0.competency']));
    const valid = twoSections();
    expect(draftProblems(valid)).toEqual([]);
    expect(
      draftProblems({ ...valid, sections: [{ ...valid.sections[0], questions: [aDraftQuestion('a', { plannedMinutes: -5 })] }] })[0].field,
    ).toBe('sections.0.questions.0.plannedMinutes');
  });

  it('summarizes planned time against the interview length and sends only what the API takes', () => {
    const draft = { ...twoSections(), interviewMinutes: 25 };
    const summary = summarizeDraft(draft);
    expect(summary.totalMinutes).toBe(30);
    expect(summary.warnings.map((w) => w.code)).toContain('OVER_TIME');
    expect(toKitInput(draft).sections?.[1]).toEqual({
      competency: 'reliability',
      title: '',
      questions: [{ questionId: 'c', plannedMinutes: 10 }],
    });
  });

  describe('competencies', () => {
    const saved = {
      id: 'kit-1',
      roleName: 'Backend',
      title: 'Design',
      interviewMinutes: 60,
      notes: '',
      status: 'ACTIVE',
      version: 3,
      clonedFromId: null,
      deletable: true,
      createdAt: '2026-12-01T00:00:00.000Z',
      updatedAt: '2026-12-01T00:00:00.000Z',
      ratingScale: [],
      competencyWeights: [{ competency: 'api-design', weight: 2 }],
      sections: [
        { id: 's1', position: 0, competency: 'api-design', title: '', questions: [] },
        { id: 's2', position: 1, competency: 'Architecture', title: '', questions: [] },
      ],
      summary: { totalMinutes: 0, questionCount: 0, competenciesCovered: [], competenciesMissing: [], warnings: [] },
    } as unknown as KitFieldsFragment;

    it('shows a kit’s competencies by name and saves them under one key, so reopening and saving changes nothing', () => {
      const draft = draftFromKit(saved);
      expect(draft.sections.map((section) => section.competency)).toEqual(['API design', 'Architecture']);
      const input = toKitInput(draft);
      const sections = input.sections ?? [];
      expect(sections.map((section) => section.competency)).toEqual(['api-design', 'architecture']);
      expect(input.competencyWeights).toEqual([{ competency: 'api-design', weight: 2 }]);
      const reopened = { ...saved, sections: saved.sections.map((section, i) => ({ ...section, competency: sections[i].competency })) };
      expect(toKitInput(draftFromKit(reopened))).toEqual(input);
    });

    it('counts a competency typed in another case or spacing as the same one, for the summary and the weights', () => {
      let draft = addSection(
        addSection({ ...emptyDraft(), roleName: 'Backend', title: 'Design' }, 'Architecture', 's1'),
        ' architecture',
        's2',
      );
      draft = addQuestion(draft, 0, aDraftQuestion('a'));
      draft = addQuestion(draft, 1, aDraftQuestion('b'));
      expect(summarizeDraft(draft).competenciesCovered).toEqual(['architecture']);
      draft = setWeight(draft, 'Architecture', 3);
      draft = setWeight(draft, 'architecture', 4);
      expect(toKitInput(draft).competencyWeights).toEqual([{ competency: 'architecture', weight: 4 }]);
      expect(draftProblems(draft)).toEqual([]);
    });
  });
});
