import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFixture, readSeed, SEED_FILE_NAME } from '../../__fixtures__/fixtures';
import { exportBank, parseBank, questionFingerprint, type QuestionDraft } from '../../index';
import { compareCategory, exportBankAs, exportPage, type ExportFormat } from './export-page';

// numbered-list-headings.md is left out: its reader indents a list item's closing code fence but not the opening one.
const CORPUS = [
  'qa-pairs.md',
  'h5bp-general-questions.md',
  'yangshun-behavioral-interview-questions.md',
  'titled-headings.md',
  'details-questions.md',
  'lydiahallie-javascript-questions.md',
  'interview-bank.csv',
  'pau1fitz-react-interview.md',
  '30-seconds-of-interviews.md',
  'yakimka-python-interview-questions-ru.md',
  'midudev-preguntas-entrevista-react-es.md',
  'bold-questions-difficulty-marks.md',
  'topic-lists-difficulty-tags.md',
  'zh-numbered-headings.md',
  'zh-question-index.md',
  'task-list-quiz.md',
  'sub-headed-answers.md',
  'closing-hashes-figures-quotes.md',
  'small-shapes-crlf.md',
  'details-back-to-back.md',
  'ruled-paragraph-questions.md',
  'ideal-answer-keywords.csv',
  'quiz-export-semicolon.csv',
];
const readCorpus = (name: string) => readFileSync(join(__dirname, '../../__fixtures__/corpus', name), 'utf8');

const BANKS: [string, () => QuestionDraft[]][] = [
  ['the seed bank', () => parseBank(readSeed(), { fileName: SEED_FILE_NAME, nearDuplicates: false }).drafts],
  ['nested-bank.md', () => parseBank(readFixture('nested-bank.md'), { fileName: 'nested-bank.md', nearDuplicates: false }).drafts],
  ['questions.csv', () => parseBank(readFixture('questions.csv'), { fileName: 'questions.csv', nearDuplicates: false }).drafts],
  ...CORPUS.map((name): [string, () => QuestionDraft[]] => [
    name,
    () => parseBank(readCorpus(name), { fileName: name, nearDuplicates: false }).drafts,
  ]),
];

const FILE_NAMES: Record<ExportFormat, string> = { json: 'bank.json', csv: 'bank.csv', markdown: 'bank.md' };

function reimport(format: ExportFormat, text: string): QuestionDraft[] {
  return parseBank(text, { fileName: FILE_NAMES[format], nearDuplicates: false }).drafts;
}

/** What a question holds, apart from where it was read (sources) and why it was classified so. */
function content(draft: QuestionDraft) {
  const { fingerprint, prompt, code, category, followUps, rubric } = draft;
  return { fingerprint, label: draft.label ?? null, prompt, code, category, followUps, rubric };
}

/**
 * Markdown starts a list after a paragraph line whether or not a blank line separates them, and the reader
 * writes the blank line: "Use cases:\n- chat" reads back as "Use cases:\n\n- chat", which renders the same.
 */
function markdownContent(draft: QuestionDraft) {
  const blankBeforeList = (text: string | null) => text?.replace(/([^\n])\n(?=(?:[-*+]|\d{1,4}[.)]) )/g, '$1\n\n') ?? null;
  const { rubric, ...rest } = content(draft);
  return {
    ...rest,
    rubric: {
      ...rubric,
      referenceAnswer: blankBeforeList(rubric.referenceAnswer),
      whatToExpect: blankBeforeList(rubric.whatToExpect),
      interviewerGuidance: blankBeforeList(rubric.interviewerGuidance),
      sampleAnswer: blankBeforeList(rubric.sampleAnswer),
    },
  };
}

function classificationValues(draft: QuestionDraft) {
  const { type, difficulty, competencies, tags } = draft.classification;
  return { type: type.value, difficulty: difficulty.value, competencies: competencies.map((c) => c.value), tags: tags.map((t) => t.value) };
}

describe.each(BANKS)('exporting %s', (_name, load) => {
  const drafts = load();
  const byCategory = [...drafts].sort((a, b) => compareCategory(a.category, b.category));

  it('has questions to export', () => expect(drafts.length).toBeGreaterThan(0));

  it('round-trips exactly through Panelist JSON', () => {
    expect(reimport('json', exportBankAs('json', drafts))).toStrictEqual(drafts);
  });

  it('round-trips through CSV: every field and the classification values', () => {
    const back = reimport('csv', exportBankAs('csv', drafts));
    expect(back.map(content)).toStrictEqual(drafts.map(content));
    expect(back.map(classificationValues)).toStrictEqual(drafts.map(classificationValues));
  });

  it('round-trips through Markdown: prompt, code, category, follow-ups and every rubric field', () => {
    const back = reimport('markdown', exportBankAs('markdown', drafts));
    expect(back.map(markdownContent)).toStrictEqual(byCategory.map(markdownContent));
  });
});

describe('export pages', () => {
  const drafts = parseBank(readSeed(), { fileName: SEED_FILE_NAME, nearDuplicates: false }).drafts.sort((a, b) =>
    compareCategory(a.category, b.category),
  );

  it.each(['json', 'csv', 'markdown'] as const)('concatenate to the whole %s file', (format) => {
    const pages: string[] = [];
    for (let at = 0; at < drafts.length; at += 50) {
      const page = drafts.slice(at, at + 50);
      pages.push(
        exportPage(format, page, {
          first: at === 0,
          last: at + 50 >= drafts.length,
          previousCategory: at === 0 ? null : drafts[at - 1].category,
        }),
      );
    }
    expect(pages.join('')).toBe(exportBankAs(format, drafts));
  });

  it('write the JSON that JSON.stringify writes for the whole file', () => {
    const file = { format: 'panelist.bank', version: 1, questions: drafts };
    expect(exportBankAs('json', drafts)).toBe(`${JSON.stringify(file, null, 2)}\n`);
    expect(exportBankAs('json', [])).toBe(`${JSON.stringify({ ...file, questions: [] }, null, 2)}\n`);
    expect(exportBank(drafts)).toBe(exportBankAs('json', drafts));
  });

  it('leave out the sources of a question written in Panelist, which reads back with the export as its source', () => {
    const written = { ...drafts[0], sources: [] };
    const [back] = reimport('json', exportBankAs('json', [written]));
    expect(back).toStrictEqual({ ...written, sources: [{ file: 'bank.json', item: 1, line: null }] });
  });
});

describe('CSV export', () => {
  const draft = (overrides: Partial<QuestionDraft['rubric']>, prompt = 'What is a mutex?'): QuestionDraft => {
    const [parsed] = parseBank(`- ${prompt}\n`, { fileName: 'a.md' }).drafts;
    return { ...parsed, rubric: { ...parsed.rubric, ...overrides } };
  };

  it("keeps each question's label in a column of its own", () => {
    const labelled = parseBank('## Reliability\n\n#### Idempotency\n\nWhat makes a retried payment safe to repeat?\n', {
      fileName: 'a.md',
    }).drafts;
    expect(labelled.map((d) => d.label)).toEqual(['Idempotency']);
    const text = exportBankAs('csv', labelled);
    expect(text.split('\n')[0]).toMatch(/^\ufefflabel,prompt,/);
    expect(reimport('csv', text).map(content)).toStrictEqual(labelled.map(content));
  });

  it('quotes semicolons, commas, quotes and line breaks, and starts with a byte-order mark and the header', () => {
    const text = exportBankAs('csv', [draft({ referenceAnswer: 'A lock; one "owner", at a time.\n\nSecond paragraph.' })]);
    expect(text.startsWith('\ufefflabel,prompt,code,category,')).toBe(true);
    expect(text).toContain('"A lock; one ""owner"", at a time.\n\nSecond paragraph."');
    expect(reimport('csv', text)[0].rubric.referenceAnswer).toBe('A lock; one "owner", at a time.\n\nSecond paragraph.');
  });

  it('disarms cells a spreadsheet would run as formulas, and reads them back as written', () => {
    const text = exportBankAs('csv', [
      draft({ referenceAnswer: '=HYPERLINK("http://evil")', lookFor: ['-1 is a sentinel', '+ and - both'] }),
    ]);
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")"`);
    const [back] = reimport('csv', text);
    expect(back.rubric.referenceAnswer).toBe('=HYPERLINK("http://evil")');
    expect(back.rubric.lookFor).toEqual(['-1 is a sentinel', '+ and - both']);
  });
});

describe('Markdown export', () => {
  it('writes each question as Q:, its code, A: and its rubric under its category headings', () => {
    const [parsed] = parseBank('# Go\n\n## Concurrency\n\n- What does this print?\n', { fileName: 'a.md' }).drafts;
    const question: QuestionDraft = {
      ...parsed,
      fingerprint: questionFingerprint(parsed.prompt, 'fmt.Println("```")'),
      code: 'fmt.Println("```")',
      followUps: ['And with a buffered channel?'],
      rubric: {
        ...parsed.rubric,
        referenceAnswer: 'It prints:\n\n```go\nfmt.Println(1)\n```\n\n- a list\n- of two',
        lookFor: ['Knows `chan` semantics'],
        redFlags: ['Guesses'],
      },
    };
    const text = exportBankAs('markdown', [question]);
    expect(text).toContain('# Go\n\n## Concurrency\n\nQ: What does this print?\n\n````\nfmt.Println("```")\n````\n\nA:\n\nIt prints:');
    expect(text).toContain(
      '- Look for:\n  - Knows `chan` semantics\n- Red flags:\n  - Guesses\n- Follow-ups:\n  - And with a buffered channel?',
    );
    expect(reimport('markdown', text).map(content)).toStrictEqual([content(question)]);
  });
});

describe('Markdown export of a title heading that asks', () => {
  it('writes each question\'s title heading back before its prompt, so "Why?" stays its label', () => {
    const text = '## Design\n\n### Why?\n\nWhy keep rules out of stored procedures?\n\n### Why?\n\nWhy prefer composition?\n';
    const drafts = parseBank(text, { fileName: 'a.md' }).drafts;
    expect(drafts.map((d) => [d.category, d.label])).toEqual([
      [['Design'], 'Why?'],
      [['Design'], 'Why?'],
    ]);
    const exported = exportBankAs('markdown', drafts);
    expect(exported.match(/^#+ Why\?$/gm)).toHaveLength(2);
    const back = reimport('markdown', exported);
    expect(back.map(content)).toStrictEqual(drafts.map(content));
    expect(back.map((d) => d.label)).toEqual(['Why?', 'Why?']);
  });

  it('keeps a title that does not ask as the label beside questions written as Q:', () => {
    const text =
      '## Reliability\n\n#### Idempotency\n\nWhat makes a retried payment safe to repeat?\n\n#### Queues\n\nHow would you size a retry queue?\n';
    const drafts = parseBank(text, { fileName: 'a.md' }).drafts;
    expect(drafts.map((d) => d.label)).toEqual(['Idempotency', 'Queues']);
    const plain = parseBank('## Reliability\n\n- What is a circuit breaker?\n', { fileName: 'b.md' }).drafts;
    const back = reimport('markdown', exportBankAs('markdown', [...drafts, ...plain]));
    expect(back.map((d) => [d.category, d.label ?? null, d.prompt])).toEqual([
      [['Reliability'], 'Idempotency', drafts[0].prompt],
      [['Reliability'], 'Queues', drafts[1].prompt],
      [['Reliability'], null, plain[0].prompt],
    ]);
  });
});
