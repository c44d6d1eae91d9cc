import { defaultRatingScale, kitProblems, ratingScaleProblems, summarizeKit, type KitPlan } from './index';

const question = (questionId: string, plannedMinutes = 10, hasRubric = true) => ({ questionId, plannedMinutes, hasRubric });

const kit = (overrides: Partial<KitPlan> = {}): KitPlan => ({
  interviewMinutes: 45,
  ratingScale: defaultRatingScale(),
  competencyWeights: [],
  sections: [
    { competency: 'architecture', questions: [question('q1', 15), question('q2', 15)] },
    { competency: 'communication', questions: [question('q3', 10)] },
  ],
  ...overrides,
});

describe('rating scales', () => {
  it('defaults to 4 points anchored on the rubric, lowest to highest', () => {
    const scale = defaultRatingScale();
    expect(scale.map((p) => p.value)).toEqual([1, 2, 3, 4]);
    expect(scale[0].anchor).toMatch(/misses the core.*red flag/i);
    expect(scale[3].anchor).toMatch(/every look-for point and goes beyond/i);
  });

  it('offers 3 and 5 point scales and refuses 2 or 6', () => {
    expect(defaultRatingScale(3)).toHaveLength(3);
    expect(defaultRatingScale(5)).toHaveLength(5);
    expect(() => defaultRatingScale(2)).toThrow(RangeError);
    expect(ratingScaleProblems(defaultRatingScale(5).concat({ value: 6, label: 'x', anchor: 'y' }))).toEqual([
      { field: 'ratingScale', message: 'The rating scale must have 3 to 5 points; it has 6.' },
    ]);
  });

  it('names the point whose label or anchor is missing or whose value is out of order', () => {
    const scale = defaultRatingScale(3);
    scale[1] = { value: 3, label: ' ', anchor: '' };
    expect(ratingScaleProblems(scale).map((p) => p.field)).toEqual(['ratingScale.1.value', 'ratingScale.1.label', 'ratingScale.1.anchor']);
  });
});

describe('kit problems (block saving)', () => {
  it('accepts a sound kit', () => {
    expect(kitProblems(kit())).toEqual([]);
  });

  it('refuses negative minutes, naming the question', () => {
    const problems = kitProblems(kit({ sections: [{ competency: 'architecture', questions: [question('q1', -5)] }] }));
    expect(problems).toEqual([{ field: 'sections.0.questions.0.plannedMinutes', message: expect.stringMatching(/0 to 120/) }]);
  });

  it('refuses the same question twice, saying where it already is', () => {
    const problems = kitProblems(
      kit({
        sections: [
          { competency: 'a', questions: [question('q1')] },
          { competency: 'b', questions: [question('q1')] },
        ],
      }),
    );
    expect(problems).toEqual([
      { field: 'sections.1.questions.0.questionId', message: 'This question is already in the kit (section 1, question 1).' },
    ]);
  });

  it('refuses weights outside 0–10 and a competency weighted twice', () => {
    const problems = kitProblems(
      kit({
        competencyWeights: [
          { competency: 'architecture', weight: 11 },
          { competency: 'architecture', weight: 1 },
        ],
      }),
    );
    expect(problems.map((p) => p.field)).toEqual(['competencyWeights.0.weight', 'competencyWeights.1.competency']);
  });

  it('refuses an interview shorter than 5 minutes', () => {
    expect(kitProblems(kit({ interviewMinutes: 0 })).map((p) => p.field)).toEqual(['interviewMinutes']);
  });
});

describe('kit summary (what the builder shows)', () => {
  it('adds up the planned time and lists the covered competencies', () => {
    expect(summarizeKit(kit())).toEqual({
      totalMinutes: 40,
      questionCount: 3,
      competenciesCovered: ['architecture', 'communication'],
      competenciesMissing: [],
      warnings: [],
    });
  });

  it('warns when the plan runs over the interview length, by how much', () => {
    const summary = summarizeKit(kit({ interviewMinutes: 30 }));
    expect(summary.warnings).toEqual([expect.objectContaining({ code: 'OVER_TIME', message: expect.stringContaining('10 over') })]);
  });

  it('warns about an empty section and reports its competency as missing', () => {
    const summary = summarizeKit(kit({ sections: [...kit().sections, { competency: 'security', questions: [] }] }));
    expect(summary.competenciesMissing).toEqual(['security']);
    expect(summary.warnings).toEqual([expect.objectContaining({ code: 'EMPTY_SECTION', sectionIndex: 2 })]);
  });

  it('warns about a question without a rubric, pointing at it', () => {
    const summary = summarizeKit(kit({ sections: [{ competency: 'architecture', questions: [question('q9', 10, false)] }] }));
    expect(summary.warnings).toEqual([expect.objectContaining({ code: 'NO_RUBRIC', questionId: 'q9', sectionIndex: 0 })]);
  });

  it('warns about a weighted competency that has no section', () => {
    const summary = summarizeKit(kit({ competencyWeights: [{ competency: 'security', weight: 2 }] }));
    expect(summary.competenciesMissing).toEqual(['security']);
    expect(summary.warnings.map((w) => w.code)).toEqual(['WEIGHT_WITHOUT_SECTION']);
  });
});
