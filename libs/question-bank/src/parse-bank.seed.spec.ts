import { readSeed, SEED_FILE_NAME } from './__fixtures__/fixtures';
import { exportBank, findProtectedCharacteristicPrompts, hasMojibake, parseBank, type ParsedBank, type QuestionDraft } from './index';

/** The real scraped page the product ships with: 179 numbered backend questions. */
describe('parseBank on the seed page', () => {
  let bank: ParsedBank;
  const byItem = (item: number): QuestionDraft => {
    const draft = bank.drafts.find((d) => d.sources.some((source) => source.item === item));
    if (!draft) throw new Error(`no draft for item ${item}`);
    return draft;
  };
  const itemsWith = (has: (draft: QuestionDraft) => boolean): number[] =>
    bank.drafts.filter(has).map((draft) => draft.sources[0].item ?? 0);

  beforeAll(() => {
    bank = parseBank(readSeed(), { fileName: SEED_FILE_NAME });
  });

  it('detects the page format and finds all 179 items', () => {
    expect(bank.format).toBe('seed-page');
    expect(bank.summary.items).toBe(179);
    const numbers = bank.drafts.flatMap((draft) => draft.sources.map((source) => source.item)).sort((a, b) => (a ?? 0) - (b ?? 0));
    expect(numbers).toEqual(Array.from({ length: 179 }, (_, i) => i + 1));
  });

  it('merges the five exact-duplicate pairs into one draft each, keeping both sources', () => {
    expect(bank.summary.drafts).toBe(174);
    expect(bank.summary.mergedDuplicates).toBe(5);
    const pairs = bank.duplicates.exact.map((group) => group.sources.map((source) => source.item));
    expect(pairs).toEqual([
      [20, 122],
      [24, 91],
      [32, 81],
      [58, 66],
      [125, 144],
    ]);
    expect(byItem(122)).toBe(byItem(20));
    expect(byItem(66).sources).toEqual([
      { file: SEED_FILE_NAME, item: 58, line: expect.any(Number) },
      { file: SEED_FILE_NAME, item: 66, line: expect.any(Number) },
    ]);
  });

  it('fills a merged draft from both copies (125 had advice and a sample answer, 144 a reference answer)', () => {
    const sqlVsNoSql = byItem(144);
    expect(sqlVsNoSql.rubric.referenceAnswer).toMatch(/^SQL databases are relational, use structured schemas/);
    expect(sqlVsNoSql.rubric.sampleAnswer).toMatch(/^SQL databases are relational and store data in tables/);
    expect(sqlVsNoSql.rubric.interviewerGuidance).toMatch(/^Explain that SQL databases are relational/);
  });

  it('suggests near duplicates of the SQL/NoSQL, rate-limiting, idempotency and circuit-breaker families without merging them', () => {
    const pairs = bank.duplicates.near.map((s) => [
      bank.drafts.find((d) => d.fingerprint === s.a)?.sources[0].item,
      bank.drafts.find((d) => d.fingerprint === s.b)?.sources[0].item,
    ]);
    expect(pairs).toEqual(
      expect.arrayContaining([
        [32, 125],
        [3, 29],
        [29, 160],
        [100, 116],
        [34, 117],
        [127, 138],
      ]),
    );
    expect(bank.summary.nearDuplicateSuggestions).toBe(17);
    for (const suggestion of bank.duplicates.near) expect(suggestion.score).toBeGreaterThanOrEqual(0.55);
    expect(byItem(3)).not.toBe(byItem(29));
  });

  it('puts "Look for", "Red flag" and "What to Expect" in their own fields', () => {
    expect(itemsWith((d) => d.rubric.lookFor.length > 0)).toEqual([26, 30, 44, 52, 55, 83, 97, 98, 103, 115, 126, 140, 141, 149, 167, 177]);
    expect(itemsWith((d) => d.rubric.redFlags.length > 0)).toEqual([30, 44, 52, 98, 115, 126, 141, 167]);
    expect(itemsWith((d) => d.rubric.whatToExpect !== null)).toEqual([26, 55, 103, 140]);

    expect(byItem(30).rubric).toEqual({
      referenceAnswer: null,
      lookFor: ['Clarity, directness, and self-awareness'],
      redFlags: ['Overly long, unfocused answers that avoid the core of what was asked'],
      whatToExpect: null,
      interviewerGuidance: 'A strong candidate answers the question precisely without filler or unnecessary tangents.',
      sampleAnswer: null,
    });
    expect(byItem(26).rubric.lookFor).toEqual([
      'Deep understanding of multithreading, concurrency issues, and experience with concurrent programming in Java',
    ]);
    expect(byItem(26).rubric.whatToExpect).toBe(
      'The candidate should explain creating threads, the Runnable interface, thread lifecycle, and synchronization.',
    );
    expect(byItem(141).rubric.lookFor[0]).toBe('Specific roles, named companies, measurable outcomes, and clear career progression');
    expect(byItem(141).rubric.redFlags[0]).toBe('Answers that never reference a specific project, employer, or measurable result');
    // "Look for" without a colon, inside or at the start of a paragraph
    expect(byItem(97).rubric.lookFor[0]).toMatch(/^Clear explanations of the algorithm/);
    expect(byItem(83).rubric.lookFor).toEqual(['A proactive approach to continuous learning']);
    expect(byItem(149).rubric.lookFor).toEqual([
      'Their experience in conducting security audits and their understanding of industry security standards',
    ]);
  });

  it('separates the model code of item 177 from its look-for point', () => {
    expect(byItem(177).rubric.lookFor).toEqual([
      "Proficiency with Ruby's enumerable methods, understanding of hash creation, and code readability",
    ]);
    expect(byItem(177).rubric.referenceAnswer).toMatch(/^def array_to_hash\(arr\) arr\.each_with_object/);
  });

  it('splits interviewer guidance and sample answers out of the answer paragraph', () => {
    const testing = byItem(33).rubric;
    expect(testing.referenceAnswer).toBeNull();
    expect(testing.interviewerGuidance).toMatch(/^What the interviewer wants: Engineering discipline/);
    expect(testing.interviewerGuidance).toContain('\n\nHow to structure your answer: Explain your philosophy on testing');
    expect(testing.sampleAnswer).toMatch(/^I treat tests as first-class code/);
    expect(testing.sampleAnswer).toMatch(/user data\.$/);

    const microservices = byItem(17).rubric;
    expect(microservices.interviewerGuidance).toMatch(/^A good candidate describes the process/);
    expect(microservices.interviewerGuidance).toContain(
      'What hiring managers should pay attention to:\n- Experience with microservices architecture\n- Knowledge of tools and technologies used',
    );
    expect(microservices.sampleAnswer).toMatch(/^In a previous role, we transitioned/);

    expect(byItem(47).rubric.sampleAnswer).toMatch(/^A deadlock happens when two threads/);
    expect(byItem(25).rubric.interviewerGuidance).toMatch(
      /^A good candidate should explain the three main API versioning types.*They should also discuss/s,
    );
    expect(byItem(67).rubric.referenceAnswer).toMatch(/^Common challenges with database backups/);
    expect(byItem(67).rubric.interviewerGuidance).toMatch(/^An ideal candidate will describe/);
    expect(byItem(1).rubric.referenceAnswer).toMatch(/^We needed to migrate 500M rows/);
    expect(byItem(18).rubric.referenceAnswer).toMatch(/^First I'd enact containment/); // outer quotes removed
  });

  it('leaves no marker text inside another field', () => {
    const markers =
      /look for:|red flags?:|what to expect|sample answer|what the interviewer wants|how to structure your answer|what hiring managers should|^reference answer/im;
    for (const { rubric } of bank.drafts) {
      for (const text of [rubric.referenceAnswer, rubric.sampleAnswer, rubric.whatToExpect, ...rubric.lookFor, ...rubric.redFlags]) {
        expect(text ?? '').not.toMatch(markers);
      }
      expect(rubric.interviewerGuidance ?? '').not.toMatch(/look for:|red flags?:|what to expect|sample answer/i);
    }
  });

  it('repairs every mojibake sequence', () => {
    const everything = JSON.stringify(bank.drafts);
    expect(hasMojibake(everything)).toBe(false);
    expect(everything).not.toMatch(/â|Ã|â€/);
    const testing = byItem(33).rubric.sampleAnswer ?? '';
    expect(testing).toContain('pure business logic — validation rules, transformation functions, calculation utilities — anything');
    const fiveYears = `${byItem(35).rubric.interviewerGuidance} ${byItem(35).rubric.sampleAnswer}`;
    expect(fiveYears).toContain('it’s almost not worth including—except');
    expect(fiveYears).toContain('the work you’re doing');
    expect(fiveYears).toContain('I can’t wait to see.');
  });

  it('drops the marketing and navigation noise, saying why', () => {
    const everything = JSON.stringify(bank.drafts);
    for (const noise of [
      'send me the newsletter',
      'Career Acceleration',
      'Pass Rate',
      'SPOTO',
      'Dump Practice',
      'Certification Exam',
      'View Other Interview Questions',
      "DON'T WANT TO MISS",
      'resume stand out',
      'annual salary',
    ]) {
      expect(everything).not.toContain(noise);
    }
    expect(byItem(2).rubric.interviewerGuidance).toMatch(/ice-breakers in any web development interview\.$/);
    expect(bank.skipped.map((s) => s.reason)).toEqual([
      'page header and introduction before the first numbered question',
      expect.stringMatching(/^marketing or navigation text after item 2: .*Career Acceleration.*Pass Rate/),
    ]);
    // An answer that mentions newsletters is an answer, not noise.
    expect(byItem(148).rubric.referenceAnswer).toContain('I subscribe to leading tech newsletters');
  });

  it('splits code out of scraped prompts and restores flattened tables and lists', () => {
    expect(byItem(121).prompt).toBe('In the following Node.js code, what issue might arise and how can you fix it?');
    expect(byItem(121).code).toMatch(/^const fs = require\('fs'\);/);
    expect(byItem(71).code).toMatch(/^function\(\) \{ HRESULT error = S_OK;/);
    expect(byItem(31).rubric.referenceAnswer).toContain('| Method | Purpose |\n| --- | --- |\n| GET | Retrieves data from a server. |');
    expect(byItem(21).rubric.referenceAnswer).toContain('\n- Consistency (C) – Every read receives the most recent write.');
    expect(byItem(39).rubric.referenceAnswer).toContain('\nb. Cache Invalidation:');
  });

  it('classifies by visible rules', () => {
    const behavioural = byItem(5).classification;
    expect(behavioural.type).toEqual({ value: 'behavioural', reason: expect.stringContaining('"Talk about a situation"') });
    expect(behavioural.competencies.map((c) => c.value)).toContain('collaboration');

    expect(byItem(69).classification.type.value).toBe('system-design');
    expect(byItem(69).classification.difficulty.value).toBe('senior');
    expect(byItem(38).classification.type.reason).toContain('"How would you design a"');

    expect(byItem(71).classification.type).toEqual({ value: 'coding', reason: 'code attached to the prompt' });
    expect(byItem(177).classification.type.value).toBe('coding');
    expect(byItem(177).classification.tags).toEqual([{ value: 'Ruby', reason: 'technology "Ruby": matched "Ruby" in the prompt' }]);

    expect(byItem(58).classification.tags.map((t) => t.value)).toEqual(['Node.js']);
    expect(byItem(131).classification.tags.map((t) => t.value)).toEqual(['Docker', 'Kubernetes']);
    expect(byItem(92).classification.tags.map((t) => t.value)).toEqual(['SQL Server']);
    expect(byItem(50).classification.tags.map((t) => t.value)).toEqual(['Django']);
    expect(byItem(19).classification.tags.map((t) => t.value)).toEqual(['Java', 'Spring']);
    expect(byItem(61).classification.tags).toEqual([]); // "node" inside "nodes" is not Node.js

    expect(byItem(35).classification.type.value).toBe('career');
    expect(byItem(18).classification.type.value).toBe('situational');
    expect(byItem(8).classification.type.value).toBe('technical'); // "Tell me about Inversion of Control" is not a story
    expect(byItem(62).classification.difficulty.value).toBe('junior');
    for (const draft of bank.drafts) {
      expect(draft.classification.type.reason).not.toBe('');
      expect(draft.classification.competencies.length).toBeGreaterThan(0);
    }
  });

  it('flags the model answer that discloses family plans (item 35), and nothing else', () => {
    const flagged = bank.drafts
      .map((draft) => ({ item: draft.sources[0].item, findings: findProtectedCharacteristicPrompts(draft) }))
      .filter((entry) => entry.findings.length > 0);
    expect(flagged.map((entry) => entry.item)).toEqual([35]);
    expect(flagged[0].findings).toEqual(
      expect.arrayContaining([
        { category: 'family-or-marital-status', field: 'sampleAnswer', match: 'proposed to' },
        { category: 'family-or-marital-status', field: 'sampleAnswer', match: 'have a family' },
      ]),
    );
  });

  it('round-trips through the Panelist export unchanged', () => {
    const reimported = parseBank(exportBank(bank.drafts), { fileName: 'export.json' });
    expect(reimported.format).toBe('json');
    expect(reimported.drafts).toStrictEqual(bank.drafts);
  });

  it('gives the same drafts whether the seed comes as bytes or as a string', () => {
    const asText = parseBank(new TextDecoder().decode(readSeed()), { fileName: SEED_FILE_NAME });
    expect(asText.drafts).toStrictEqual(bank.drafts);
  });
});
