import { readFixture } from '../__fixtures__/fixtures';
import { parseBank } from '../index';

describe('Markdown banks', () => {
  describe('nested lists under headings (nested-bank.md)', () => {
    const bank = parseBank(readFixture('nested-bank.md'), { fileName: 'nested-bank.md' });
    const draft = (start: string) => {
      const found = bank.drafts.find((d) => d.prompt.startsWith(start));
      if (!found) throw new Error(`no draft starting "${start}"`);
      return found;
    };

    it('detects Markdown and turns list items phrased as questions into drafts', () => {
      expect(bank.format).toBe('markdown');
      expect(bank.drafts.map((d) => d.prompt)).toEqual([
        'How would you find the slow queries in a PostgreSQL database?',
        'What does this query return, and how would you make it faster?',
        'How do you version a public REST API?',
        'Explain idempotency keys.',
        'Tell me about a time you disagreed with a teammate.',
      ]);
    });

    it('uses the heading path as the category', () => {
      expect(draft('How would you find').category).toEqual(['Platform team questions', 'Databases', 'PostgreSQL']);
      expect(draft('Tell me about').category).toEqual(['Platform team questions', 'Behavioural']);
    });

    it('makes nested questions follow-ups and marked sub-bullets rubric fields', () => {
      const slowQueries = draft('How would you find');
      expect(slowQueries.followUps).toEqual(['What does `EXPLAIN ANALYZE` add over `EXPLAIN`?', 'When would you add a partial index?']);
      expect(slowQueries.rubric.lookFor).toEqual([
        'Uses pg_stat_statements or the slow query log',
        'Reads an execution plan, not just guesses',
      ]);
      expect(slowQueries.rubric.redFlags).toEqual(['Adds an index to every column']);
      expect(draft('How do you version').rubric.redFlags).toEqual(['Breaks clients without notice', 'Has never deprecated anything']);
      expect(draft('Tell me about').followUps).toEqual(['What did you do when they still disagreed?']);
    });

    it('attaches fenced and indented code to the question above it', () => {
      expect(draft('What does this query').code).toBe('SELECT * FROM orders WHERE customer_id = 42 ORDER BY created_at DESC;');
      expect(draft('What does this query').rubric.referenceAnswer).toMatch(/^every order of customer 42/);
      expect(draft('Explain idempotency').code).toBe('POST /payments\nIdempotency-Key: 5f1c...');
      expect(draft('Explain idempotency').rubric.sampleAnswer).toMatch(/^The client sends a unique key/);
    });

    it('skips front matter, the table of contents, intro prose and link-only lists, with reasons', () => {
      expect(bank.skipped.map((s) => [s.source.line, s.reason])).toEqual([
        [1, 'YAML front matter (document metadata, not questions)'],
        [9, 'table of contents'],
        [15, 'text outside any question (introduction or notes)'],
        [56, 'navigation link (a list item that is only a link)'],
      ]);
      expect(JSON.stringify(bank.drafts)).not.toMatch(/hiring@acme|#databases|use-the-index-luke/);
    });

    it('records the file, ordinal and line of each question', () => {
      expect(draft('How do you version').sources).toEqual([{ file: 'nested-bank.md', item: 3, line: 38 }]);
    });
  });

  describe('a different style: numbered questions with **Answer:** paragraphs (answer-paragraphs.md)', () => {
    const bank = parseBank(readFixture('answer-paragraphs.md'), { fileName: 'answer-paragraphs.md' });

    it('reads numbered questions, question headings and their answer paragraphs', () => {
      expect(bank.drafts.map((d) => [d.prompt, d.category.join(' / ')])).toEqual([
        ['What is the difference between a process and a thread?', 'Backend Interview Prep / Core concepts'],
        ['Why would you choose a message queue over a direct HTTP call?', 'Backend Interview Prep / Core concepts'],
        ['Design a rate limiter for a public API.', 'Backend Interview Prep / System design'],
        ['How would you store sessions for a horizontally scaled web app?', 'Backend Interview Prep / System design'],
      ]);
      expect(bank.drafts[0].rubric.referenceAnswer).toMatch(/^A process has its own memory space/);
      expect(bank.drafts[1].rubric.lookFor).toEqual(['Mentions back-pressure or retries']);
      expect(bank.drafts[2].rubric.redFlags).toEqual(['No idea where the counters live when there are several API servers']);
      expect(bank.drafts[2].classification.type.value).toBe('system-design');
      expect(bank.drafts[3].rubric.referenceAnswer).toMatch(/^A shared store \(Redis\)/);
    });

    it('drops the newsletter line and the copyright footer', () => {
      expect(bank.skipped.map((s) => s.reason)).toEqual([
        'marketing or navigation text: newsletter sign-up ("Subscribe to our newsletter")',
        'marketing or navigation text: legal footer ("©")',
      ]);
    });
  });

  describe('an old GitHub README style (github-style.md), not tuned for', () => {
    const bank = parseBank(readFixture('github-style.md'), { fileName: 'github-style.md' });

    it('reads "####[[↑]](#toc) <a name>Title:</a>" headings as clean categories', () => {
      expect([...new Set(bank.drafts.map((d) => d.category.join(' / ')))]).toEqual([
        'Service Engineer Interview Questions / General Questions',
        'Service Engineer Interview Questions / Questions about Storage',
        'Service Engineer Interview Questions / Questions about snippets of code',
      ]);
    });

    it('takes every item of a list that is mostly questions, including a question written as a link', () => {
      expect(bank.drafts.slice(0, 5).map((d) => d.prompt)).toEqual([
        'Why does immutability make concurrent code safer?',
        'Pros and cons of feature flags.',
        'Build a LRU cache, then make it thread-safe.',
        'What happens when a browser loads a page?',
        'Interview me',
      ]);
      expect(bank.skipped.map((s) => s.reason)).toEqual(['text outside any question (introduction or notes)', 'table of contents']);
    });

    it('attaches unindented fences after an item to that item, and tidies inline code', () => {
      const [, , , , , , nullCheck, javascript, go] = bank.drafts;
      expect(nullCheck.prompt).toBe('Why does `WHERE field = NULL` never match a row in SQL?');
      expect(javascript.code).toBe('for (var i = 0; i < 3; i++) {\n  setTimeout(() => console.log(i), 0);\n}');
      expect(javascript.classification.tags.map((t) => t.value)).toEqual(['JavaScript']);
      expect(go.prompt).toBe('Spot the bug in this Go handler:');
      expect(go.code).toMatch(/^func handler/);
      expect(go.classification.type.value).toBe('coding');
    });
  });

  it('repairs mojibake of both kinds in a Markdown file', () => {
    const bank = parseBank(readFixture('mojibake.md'), { fileName: 'mojibake.md' });
    expect(bank.drafts[0].category).toEqual(['Questions françaises et anglaises']);
    expect(bank.drafts.map((d) => d.prompt)).toEqual([
      'What’s the difference between a café and a bistro — in a system-design sense?',
      'Qu’est-ce qu’un château d’eau? Explain it to a naïve user.',
      'Why it’s important to test logic — validation rules included?',
    ]);
    expect(bank.drafts[0].rubric.lookFor).toEqual(['Mentions the “queue” at the counter']);
    expect(bank.drafts[2].rubric.lookFor).toEqual(['Says “unit tests” first']);
    expect(JSON.stringify(bank.drafts)).not.toMatch(/Ã|â€|â(?!teau)/);
  });

  it('keeps a code block inside an answer whole, blank lines included', () => {
    const bank = parseBank(
      '- How do you read a file in Python?\n\n  Use a context manager:\n\n  ```python\n  with open(path) as f:\n\n      data = f.read()\n  ```\n',
      { fileName: 'code.md' },
    );
    expect(bank.drafts[0].code).toBeNull();
    expect(bank.drafts[0].rubric.referenceAnswer).toBe(
      'Use a context manager:\n\n```python\nwith open(path) as f:\n\n    data = f.read()\n```',
    );
  });

  it('keeps list items that are not questions out of the bank, with a reason', () => {
    const bank = parseBank('# Tips\n\n- Be on time.\n- What is a mutex?\n', { fileName: 'tips.md' });
    expect(bank.drafts.map((d) => d.prompt)).toEqual(['What is a mutex?']);
    expect(bank.skipped).toEqual([
      { source: { file: 'tips.md', item: null, line: 3 }, reason: 'list item is not phrased as a question', excerpt: 'Be on time.' },
    ]);
  });

  it('takes emphasis off a prompt but not out of its code spans, nor out of snake_case', () => {
    const bank = parseBank('- What does **`__init__`** do, and how is it _different_ from `__new__`?\n- Why name a variable user_id?\n', {
      fileName: 'py.md',
    });
    expect(bank.drafts.map((d) => d.prompt)).toEqual([
      'What does `__init__` do, and how is it different from `__new__`?',
      'Why name a variable user_id?',
    ]);
  });

  it('strips numbering written without a space before a letter, but not a number that starts the prompt', () => {
    const bank = parseBank(
      '- 3.5 million users hit the API at once: what breaks first?\n\n## 1.变量的声明和定义有什么区别\n\n答案。\n\n## 2.sizeof 和 strlen 的区别\n\n答案。\n',
      { fileName: 'n.md' },
    );
    expect(bank.drafts.map((d) => d.prompt)).toEqual([
      '3.5 million users hit the API at once: what breaks first?',
      '变量的声明和定义有什么区别',
      'sizeof 和 strlen 的区别',
    ]);
  });

  it('merges a question repeated under two headings and keeps both places', () => {
    const bank = parseBank('## A\n\n- What is a mutex?\n\n## B\n\n- what is a  MUTEX\n', { fileName: 'dup.md' });
    expect(bank.drafts).toHaveLength(1);
    expect(bank.drafts[0].sources.map((s) => s.line)).toEqual([3, 7]);
    expect(bank.duplicates.exact).toHaveLength(1);
  });
});
