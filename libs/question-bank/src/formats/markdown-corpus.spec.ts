import { readFixture } from '../__fixtures__/fixtures';
import { parseBank } from '../index';
import type { ParsedBank } from '../model';

/** Public banks (or hand-written files of the same shape): see __fixtures__/corpus/README.md for sources, licences and counts. */
function corpus(name: string, options: { interpretation?: 'auto' | 'headings' | 'list-items' } = {}): ParsedBank {
  return parseBank(readFixture(`corpus/${name}`), { fileName: name, nearDuplicates: false, ...options });
}

function draftAt(bank: ParsedBank, line: number) {
  const found = bank.drafts.find((d) => d.sources.some((s) => s.line === line));
  if (!found) throw new Error(`no draft on line ${line}`);
  return found;
}

describe('Markdown corpus: the shapes real banks take', () => {
  it('list items with a nested follow-up (h5bp, front matter): 29 questions', () => {
    const bank = corpus('h5bp-general-questions.md');
    expect(bank.summary.items).toBe(29);
    expect(bank.report?.detectedShape).toBe('list-item');
    expect(draftAt(bank, 20)).toMatchObject({
      prompt: 'How many resources will a browser download from a given domain at a time?',
      followUps: ['What are the exceptions?'],
    });
    expect(bank.skipped.map((s) => s.reason)).toEqual(['YAML front matter (document metadata, not questions)']);
  });

  it('numbered list items under company headings (tech-interview-handbook): 116 questions', () => {
    const bank = corpus('yangshun-behavioral-interview-questions.md');
    expect(bank.summary.items).toBe(116);
    expect(draftAt(bank, 30)).toMatchObject({
      prompt: 'Why do you want to work for X company?',
      category: ['Most commonly asked behavioral questions across top tech companies'],
    });
    expect(
      bank.drafts.every(
        (d) =>
          d.classification.type.value === 'behavioural' ||
          d.classification.type.value === 'career' ||
          d.classification.type.value === 'situational' ||
          d.classification.type.value === 'technical',
      ),
    ).toBe(true);
  });

  it('a heading that is the question, answered by what follows (Facebook career Q&A): 16 questions', () => {
    const bank = corpus('yangshun-facebook-career-qa.md');
    expect(bank.summary.items).toBe(16);
    expect(bank.report?.detectedShape).toBe('heading');
    expect(draftAt(bank, 45)).toMatchObject({
      prompt: "What's the application process like (for internships)?",
      category: ['Application/Referral'],
    });
    expect(draftAt(bank, 45).rubric.referenceAnswer).toMatch(/^Apply on https:\/\/www\.facebook\.com\/careers\. Recruiters will reach out/);
    // The glossary and caveats lists are not questions.
    expect(bank.skipped.map((s) => s.reason)).toContain('list item is not phrased as a question');
  });

  it('a heading that titles the question its paragraph asks (Back-End Developer Interview Questions shape): 8 questions', () => {
    const bank = corpus('titled-headings.md');
    expect(bank.report?.detectedShape).toBe('titled-heading');
    // The title is the question's label, not a category.
    expect(bank.drafts.map((d) => d.label)).toEqual([
      'Global State',
      'Service Locator',
      'Law of Least Surprise',
      'Table Gateway',
      'Why?',
      'Soft Deletes',
      'Pagination',
      'Hot Rows',
    ]);
    expect(draftAt(bank, 25).prompt).toBe(
      'The principle of least surprise says a component should behave the way most of its users expect. Would you write an API violating it, show why it is a bad design and then fix it?',
    );
    expect(draftAt(bank, 21).category).toEqual([
      'Back-End Developer Interview Questions (hand-written, same shape as arialdomartini/Back-End-Developer-Interview-Questions)',
      'Questions about Design Patterns',
    ]);
    expect(draftAt(bank, 38).prompt).toBe(
      'A product manager asks you to "never really delete" customer records. What are the consequences for unique indexes, queries and privacy requests?',
    );
    expect(draftAt(bank, 43).code).toBe('SELECT * FROM orders ORDER BY created_at DESC LIMIT 50 OFFSET 100000;');
    expect(JSON.stringify(bank.drafts)).not.toMatch(/Resources|<br|↑/);
    expect(bank.skipped.map((s) => s.reason)).toEqual([
      'text outside any question (introduction or notes)',
      'project notes, not questions ("Where are the answers?")',
      'table of contents',
    ]);
  });

  it('numbered headings in list items with long answers, a TOC table and coding exercises (javascript-interview-questions shape): 7 questions', () => {
    const bank = corpus('numbered-list-headings.md');
    expect(bank.drafts.map((d) => [d.sources[0].line, d.prompt.slice(0, 40)])).toEqual([
      [27, 'What is a closure'],
      [44, 'What are the ways to copy an array'],
      [53, 'What is event delegation'],
      [63, 'List down the methods available on WeakS'],
      [78, 'What are the array mutation methods?'],
      [89, 'What is the output of below code Options'],
      [113, 'What is the output of below code Options'],
    ]);
    // No heading inside an answer becomes a category ("  ## Key Points" is indented into the answer).
    expect(new Set(bank.drafts.slice(0, 5).map((d) => d.category.join(' > '))).size).toBe(1);
    expect(draftAt(bank, 63).rubric.referenceAnswer).toBe(
      'Below are the methods available on `WeakSet`,\n\n1. `add(value)`: appends a new object to the collection.\n2. `has(value)`: returns true when the value is present.\n\n**Key Points**\n\n- A `WeakSet` holds objects only, and is not iterable.',
    );
    // Answer list items that lost their indentation stay with the question above them.
    expect(draftAt(bank, 78).rubric.referenceAnswer).toBe(
      'Array methods fall into two groups:\n\n1. Mutating methods: they change the array itself.\n\n1. Non-mutating methods: they return a new array.',
    );
    const closure = draftAt(bank, 27);
    expect(closure.code).toBeNull();
    expect(closure.rubric.referenceAnswer).toBe(
      'A closure is a function bundled with the variables of the scope it was created in.\n\n1. **Counter example:**\n\n   ```javascript\n   function counter() {\n     let n = 0;\n     return () => ++n;\n   }\n   ```\n\n2. **Note:** every call of `counter()` creates a new scope.',
    );
    expect(draftAt(bank, 44).rubric.referenceAnswer).toBe(
      '| Way | Deep? |\n| --- | ----- |\n| `[...a]` | No |\n| `structuredClone(a)` | Yes |',
    );
    expect(draftAt(bank, 53).rubric.referenceAnswer).toContain(
      "```javascript\nlist.addEventListener('click', (event) => console.log(event.target));\n```",
    );
    expect(bank.report?.shapes).toEqual([
      { shape: 'numbered-heading', questions: 5, firstLine: 27 },
      { shape: 'multiple-choice', questions: 2, firstLine: 89 },
    ]);
    expect(JSON.stringify(bank.drafts)).not.toMatch(/Back to Top|TOC_START|sponsor/i);
    const reasons = bank.skipped.map((s) => s.reason);
    expect(reasons).toContain('table of contents');
    expect(reasons).toContain('navigation ("back to top" link)');
    expect(reasons).toContain('HTML layout (banner, badge or image)');
    expect(reasons).toContain('project notes, not questions ("Disclaimer")');
  });

  it('question headings with an imperative among them, code answers, "Source" sub-headings and a TOC of link paragraphs (FAQGURU git): 26 questions', () => {
    const bank = corpus('faqguru-git.md');
    expect(bank.summary.items).toBe(26);
    expect(bank.report?.detectedShape).toBe('heading');
    // Among "### What is …?" siblings, "### Write down …" with a body of its own is a question too.
    expect(draftAt(bank, 337)).toMatchObject({
      prompt: 'Write down a sequence of git commands for a "Rebase Workflow"',
      category: ['Git'],
    });
    // A command under "How to …?" answers it: it is not the prompt's code.
    const undo = draftAt(bank, 101);
    expect(undo.code).toBeNull();
    expect(undo.rubric.referenceAnswer).toMatch(/^```sh\n\$ git commit -m "Something terribly misguided"/);
    expect(JSON.stringify(bank.drafts)).not.toMatch(/\*\*Source\*\*|Back to top|stackoverflow/);
    expect(bank.skipped.map((s) => s.reason)).toContain('navigation (in-page links)');
  });

  it('<details> questions, some asking without a question word (test-your-sysadmin-skills): 25 questions', () => {
    const bank = corpus('trimstray-sysadmin-skills.md');
    expect(bank.summary.items).toBe(25);
    expect(bank.report?.detectedShape).toBe('details');
    expect(draftAt(bank, 528)).toMatchObject({
      prompt: 'SIGHUP, SIGINT, SIGKILL, and SIGTERM POSIX signals. Explain.',
      category: ['General Knowledge', 'Junior Sysadmin', 'System Questions (37)'],
    });
    expect(draftAt(bank, 528).rubric.referenceAnswer).toMatch(
      /^- \*\*SIGHUP\*\* - is sent to a process when its controlling terminal is closed/,
    );
  });

  it('"## Question N." headings, an advertising heading, sub-headings in answers and coding questions (123-Essential-JavaScript-Interview-Questions): 22 questions', () => {
    const bank = corpus('ganqqwerty-javascript-questions.md');
    expect(bank.summary.items).toBe(22);
    expect(draftAt(bank, 517).prompt).toBe('What is the difference between declaring a function in the formats listed below?');
    expect(draftAt(bank, 182).rubric.referenceAnswer).toContain('```javascript\narrayList = [];\n```');
    expect(draftAt(bank, 617)).toMatchObject({
      prompt: 'What would be the output of following code?',
      category: ['Coding Questions', 'Passing values by reference vs by value'],
    });
    expect(draftAt(bank, 617).code).not.toBeNull();
    expect(bank.skipped.map((s) => s.reason)).toContain('advertising, not questions ("Want to buy a book in paper form? Want …")');
  });

  it('multiple choice: code, options and the answer in <details> (javascript-questions): 15 questions', () => {
    const bank = corpus('lydiahallie-javascript-questions.md');
    expect(bank.summary.items).toBe(15);
    expect(bank.report?.detectedShape).toBe('multiple-choice');
    const first = draftAt(bank, 54);
    expect(first.prompt).toBe(
      "What's the output? Options: A: `Lydia` and `undefined`; B: `Lydia` and `ReferenceError`; C: `ReferenceError` and `21`; D: `undefined` and `ReferenceError`",
    );
    expect(first.code).toBe(
      "function sayHi() {\n  console.log(name);\n  console.log(age);\n  var name = 'Lydia';\n  let age = 21;\n}\n\nsayHi();",
    );
    expect(first.rubric.referenceAnswer).toMatch(/^D\n\nWithin the function, we first declare the `name` variable/);
    // "###### 14. All object have prototypes." is not phrased as a question but is numbered like its siblings.
    expect(draftAt(bank, 472)).toMatchObject({ prompt: 'All object have prototypes. Options: A: true; B: false', code: null });
    expect(draftAt(bank, 472).rubric.referenceAnswer).toMatch(/^B\n\nAll objects have prototypes, except for the \*\*base object\*\*/);
    expect(bank.skipped.map((s) => s.reason)).toContain('collapsed section outside any question');
  });

  it('Q:/A:, Question:/Answer: and bold-label pairs: 5 questions', () => {
    const bank = corpus('qa-pairs.md');
    expect(bank.drafts.map((d) => d.prompt)).toEqual([
      'What happens when you type a URL into a browser?',
      'What is the difference between TCP and UDP?',
      'When would you denormalise a table?',
      'How do you find a missing index?',
      'How do you handle a disagreement with your manager?',
    ]);
    expect(bank.drafts[0].rubric.referenceAnswer).toBe(
      'DNS resolution, a TCP (and TLS) handshake, an HTTP request, then parsing and rendering.',
    );
    expect(bank.drafts[1].rubric.lookFor).toEqual(['Mentions ordering and retransmission']);
    expect(bank.drafts[2].rubric.redFlags).toEqual(['Denormalises by default']);
    expect(bank.drafts[3].rubric.referenceAnswer).toContain('```sql\nEXPLAIN ANALYZE SELECT * FROM orders WHERE customer_id = 42;\n```');
    expect(bank.drafts[4].rubric.referenceAnswer).toMatch(/^I listen first/);
  });

  it('a question/answer table: 4 questions, a topic column as category', () => {
    const bank = corpus('qa-table.md');
    expect(bank.drafts.map((d) => [d.prompt, d.category[d.category.length - 1]])).toEqual([
      ['What is a primary key?', 'Basics'],
      ['What does `GROUP BY` do?', 'Queries'],
      ['What is the difference between `WHERE` and `HAVING`?', 'Queries'],
      ['What is a deadlock?', 'Transactions'],
    ]);
    expect(bank.drafts[1].rubric.referenceAnswer).toBe(
      'Collapses rows with equal values into one row per group.\nAggregates such as `COUNT` run per group.',
    );
  });

  it('<details> whose summary is the question (devops-exercises shape): 3 questions', () => {
    const bank = corpus('details-questions.md');
    expect(bank.drafts.map((d) => d.prompt)).toEqual([
      'What is DevOps?',
      'What is the difference between a container and a virtual machine?',
      'Explain blue-green deployment',
    ]);
    expect(bank.drafts[1].rubric.referenceAnswer).toBe(
      'A container shares the host kernel; a virtual machine runs its own kernel on virtual hardware.\n\n```sh\ndocker run --rm alpine uname -r\n```',
    );
  });

  it('a list of links to other lists (awesome-interview-questions) yields no question and warns', () => {
    const bank = corpus('dopplerhq-awesome-interview-questions.md');
    expect(bank.summary.items).toBe(0);
    expect(bank.report?.lowYield).toBe(true);
    expect(bank.skipped.map((s) => s.reason)).toEqual(
      expect.arrayContaining([
        'table of contents',
        'navigation link (a list item that is only a link)',
        'HTML layout (banner, badge or image)',
      ]),
    );
  });

  it('reports what it saw, and lets the person force an interpretation', () => {
    const titled = corpus('titled-headings.md');
    expect(titled.report).toMatchObject({ interpretation: 'auto', questions: 8, lowYield: false });
    const asHeadings = corpus('yangshun-facebook-career-qa.md', { interpretation: 'headings' });
    expect(asHeadings.report?.interpretation).toBe('headings');
    expect(asHeadings.summary.items).toBeGreaterThanOrEqual(16);
    const asItems = corpus('yangshun-facebook-career-qa.md', { interpretation: 'list-items' });
    expect(asItems.drafts.map((d) => d.prompt)).toContain('APAC - Asia Pacific Region');
  });
});

describe('Markdown corpus: shapes met in banks outside the repository', () => {
  it('question headings with "Question:"/"Answer:" labels around code and placeholder answers (react-interview, whole file): 29 questions', () => {
    const bank = corpus('pau1fitz-react-interview.md');
    expect(bank.summary.items).toBe(29);
    expect(bank.report?.detectedShape).toBe('heading');
    // "Question:" labels the code the question asks about; "Answer:" labels the answer's code. Neither is a question.
    expect(draftAt(bank, 158)).toMatchObject({
      prompt: 'What is equivalent of the following using React.createElement?',
      code: 'const element = (\n  <h1 className="greeting">\n    Hello, world!\n  </h1>\n);',
    });
    expect(draftAt(bank, 158).rubric.referenceAnswer).toBe(
      "```\nconst element = React.createElement(\n  'h1',\n  {className: 'greeting'},\n  'Hello, world!'\n);\n```",
    );
    expect(bank.drafts.every((d) => d.prompt.length > 0)).toBe(true);
    // "....." is an answer still to be written.
    expect(draftAt(bank, 217)).toMatchObject({ prompt: 'What do you like about react?' });
    expect(draftAt(bank, 217).rubric.referenceAnswer).toBeNull();
    expect(bank.skipped.map((s) => s.reason)).toEqual([
      'text outside any question (introduction or notes)',
      'table of contents',
      'navigation link (a list item that is only a link)',
      'navigation link (a list item that is only a link)',
    ]);
  });

  it('"View answer" <details> with "Good to hear" and "Additional Links" sub-headings, task headings among questions (30-seconds-of-interviews): 7 questions', () => {
    const bank = corpus('30-seconds-of-interviews.md');
    expect(bank.summary.items).toBe(7);
    // The <h1> written in HTML is the bank's title, and so the first level of every category.
    expect(draftAt(bank, 233)).toMatchObject({
      prompt: 'What is a stateless component?',
      category: ['30 Seconds of Interviews', 'JavaScript'],
    });
    expect(draftAt(bank, 233).rubric.referenceAnswer).toMatch(/^A stateless component is a component whose behavior does not depend/);
    expect(draftAt(bank, 233).rubric.lookFor).toEqual([
      'Stateless components are independent of their state',
      'Stateless components can be either class or functional components',
      'Stateless functional components avoid the `this` keyword altogether',
    ]);
    // Among headings that ask, a task written as a sentence is a question too.
    expect(draftAt(bank, 360).prompt).toBe('Generate an array, containing the Fibonacci sequence, up until the nth term.');
    expect(draftAt(bank, 390).prompt).toMatch(/^Using flexbox, create a 3-column layout/);
    // A tag inside a code span is text.
    expect(draftAt(bank, 442).rubric.referenceAnswer).toContain('inject a `<script>` tag');
    expect(JSON.stringify(bank.drafts)).not.toMatch(/View answer|Additional Links|Back to top|reactjs\.org\/docs/);
  });

  it('Russian question headings without question marks, sub-sections inside answers, lists of questions for the employer (python_interview_questions): 71 questions', () => {
    const bank = corpus('yakimka-python-interview-questions-ru.md');
    expect(bank.summary.items).toBe(71);
    expect(bank.report?.shapes).toEqual([
      { shape: 'list-item', questions: 36, firstLine: 513 },
      { shape: 'heading', questions: 35, firstLine: 5 },
    ]);
    expect(draftAt(bank, 51)).toMatchObject({
      prompt: 'Можно ли изменить отдельный символ внутри строки',
      category: ['Python', 'Последовательности'],
    });
    expect(draftAt(bank, 51).rubric.referenceAnswer).toBe(
      'Нет, строки неизменяемы. Операции замены, форматирования и конкатенации возвращают новую строку.',
    );
    // A question, not a title over its own answer ("Когда хеш-функция …" starts with a question word).
    expect(draftAt(bank, 297).prompt).toBe('Что такое коллизия');
    expect(draftAt(bank, 297).rubric.referenceAnswer).toBe('Когда хеш-функция возвращает один и тот же ответ для разных данных.');
    expect(draftAt(bank, 469).prompt).toBe('Отличие copy() от deepcopy()');
    // "#### Unit-тесты" and its siblings are sections of the answer, not questions.
    expect(draftAt(bank, 363).rubric.referenceAnswer).toMatch(/^\*\*Unit-тесты\*\*/);
    expect(draftAt(bank, 513)).toMatchObject({
      prompt: 'Что с отпуском и больничными?',
      category: ['Вопросы работодателю', "Вопросы HR'у"],
    });
    expect(bank.drafts.map((d) => d.prompt)).not.toContain('Пирамида тестирования');
  });

  it('Spanish "¿…?" headings, requests without question marks, error messages among questions, "Volver a índice" links (preguntas-entrevista-react): 9 questions', () => {
    const bank = corpus('midudev-preguntas-entrevista-react-es.md');
    expect(bank.summary.items).toBe(9);
    expect(draftAt(bank, 180)).toMatchObject({ prompt: '¿Qué es React?', category: ['Principiante'] });
    expect(draftAt(bank, 265).prompt).toBe('Explica casos de uso del hook `useEffect`');
    expect(draftAt(bank, 279).prompt).toBe('Cómo suscribirse a un evento en `useEffect`');
    expect(draftAt(bank, 401)).toMatchObject({
      prompt: 'Too many re-renders. React limits the number of renders to prevent an infinite loop',
      category: ['Errores Típicos en React'],
    });
    expect(JSON.stringify(bank.drafts)).not.toMatch(/Volver a índice|Índice/);
    expect(bank.skipped.map((s) => s.reason)).toContain('table of contents');
  });

  it('bold questions carrying difficulty emoji, one without a question mark, and tasks numbered in bold with their solutions (data-science-interviews shape): 11 questions', () => {
    const bank = corpus('bold-questions-difficulty-marks.md');
    expect(bank.summary.items).toBe(11);
    expect(bank.report?.detectedShape).toBe('bold-label');
    expect(draftAt(bank, 27).prompt).toBe('What is regression? Which models can you use to solve a regression problem?');
    expect(draftAt(bank, 36).rubric.referenceAnswer).toContain('```\ny = B0 + B1*x1 + ... + Bn*xn\n```');
    // Three questions carried "⭐️" before it: the mark makes it a question.
    expect(draftAt(bank, 68).prompt).toBe('Gradient boosting versus random forest');
    expect(draftAt(bank, 85)).toMatchObject({ prompt: 'The number of active ads.', category: [expect.any(String), 'SQL'], code: null });
    expect(draftAt(bank, 85).rubric.referenceAnswer).toBe("```sql\nSELECT count(*) FROM Ads WHERE status = 'active';\n```");
    // The figure of the expected output stays in the answer.
    expect(draftAt(bank, 93).rubric.referenceAnswer).toMatch(/^!\[\]\(img\/sql_2_example\.png\)\n\n```sql/);
    // "**2) Factorial**. Calculate …": the bold title is the label; a task's code is its solution…
    expect(draftAt(bank, 114)).toMatchObject({ prompt: 'Calculate the factorial of a number.', label: 'Factorial', code: null });
    // … unless the task points at code shown with it.
    expect(draftAt(bank, 121)).toMatchObject({ prompt: 'What does the following code print?', label: 'Default arguments' });
    expect(draftAt(bank, 121).code).toMatch(/^def append\(x, items=\[\]\):/);
    expect(bank.drafts.map((d) => d.prompt).join(' ')).not.toMatch(/👶|⭐|create a PR/);
    expect(bank.skipped.map((s) => s.reason)).toContain('project notes, not questions (a word to contributors)');
  });

  it('topic list items over nested questions tagged [E]/[M]/[H], an italic note under the heading (ml-interviews-book shape): 9 questions', () => {
    const bank = corpus('topic-lists-difficulty-tags.md');
    expect(bank.summary.items).toBe(9);
    expect(bank.drafts.map((d) => [d.sources[0].line, d.classification.difficulty.value])).toEqual([
      [6, 'junior'],
      [7, 'junior'],
      [8, 'junior'],
      [9, 'mid'],
      [11, 'junior'],
      [12, 'mid'],
      [14, 'mid'],
      [15, 'senior'],
      [18, 'senior'],
    ]);
    expect(draftAt(bank, 6)).toMatchObject({
      prompt: "What's the geometric interpretation of the dot product of two vectors?",
      category: [expect.any(String), 'Dot product'],
    });
    expect(draftAt(bank, 6).classification.difficulty.reason).toBe('given in the Markdown file');
    expect(draftAt(bank, 15).rubric.referenceAnswer).toBe('**Hint**: think about what a new row does to the factors.');
    expect(bank.drafts.map((d) => d.prompt).join(' ')).not.toMatch(/\[[EMH]\]|MathJax/);
  });

  it('Chinese numbered headings without a space after the number, asking or naming a topic (0voice 2023adding.md shape): 9 questions', () => {
    const bank = corpus('zh-numbered-headings.md');
    expect(bank.summary.items).toBe(9);
    expect(bank.report?.detectedShape).toBe('numbered-heading');
    expect(bank.drafts.map((d) => d.prompt)).toEqual([
      '变量的声明和定义有什么区别',
      '写出 bool 、int、指针变量与“零值”比较的 if 语句',
      'sizeof 和 strlen 的区别',
      'typedef和define区别',
      'new、delete、malloc、free关系',
      '虚函数表',
      '什么是野指针',
      'TCP三次握手',
      '用 C 编写一个死循环程序',
    ]);
    // "#define …" at the start of a line is C, not a heading: it stays in the answer.
    expect(draftAt(bank, 22).rubric.referenceAnswer).toContain('#define pINT2 int*');
    expect(draftAt(bank, 7).rubric.referenceAnswer).toMatch(/^```\nif \(flag\)/);
  });

  it('an index of questions as headings that link to their answer files, under <h3> sections (0voice README shape): 9 questions', () => {
    const bank = corpus('zh-question-index.md');
    expect(bank.summary.items).toBe(9);
    expect(draftAt(bank, 11)).toMatchObject({ prompt: '如何实现一个高效的单向链表逆序输出？', category: [expect.any(String), '阿里篇'] });
    expect(draftAt(bank, 19).prompt).toBe('int (*s[10])(int) 表示的是什么？');
    expect(draftAt(bank, 25)).toMatchObject({ prompt: '主键 超键 候选键 外键', category: [expect.any(String), 'MySQL篇'] });
  });

  it('multiple choice as a task list whose ticked box is the answer, a command as inline code (linkedin-skill-assessments-quizzes shape): 4 questions', () => {
    const bank = corpus('task-list-quiz.md');
    expect(bank.summary.items).toBe(4);
    expect(bank.report?.detectedShape).toBe('multiple-choice');
    expect(draftAt(bank, 3).prompt).toBe(
      'How can you check your current git version? Options: git --v; git --version; git --option; git --current',
    );
    expect(draftAt(bank, 3).rubric.referenceAnswer).toMatch(/^git --version\n\n\[Reference\]/);
    expect(draftAt(bank, 12)).toMatchObject({
      code: 'git add -A',
      prompt: expect.stringMatching(/command\? Options: All new and updated/),
    });
    expect(draftAt(bank, 12).rubric.referenceAnswer).toMatch(/^All new and updated files are staged\n\n\*\*Explanation:\*\*/);
    expect(draftAt(bank, 23).code).toBe('git reset --hard HEAD~5');
    expect(draftAt(bank, 33).rubric.referenceAnswer).toBe('- git log main..feature\n- git log --oneline main..HEAD');
  });

  it('numbered question headings whose answers have sub-headings that start like questions, promotional headings (Devinterview shape): 3 questions', () => {
    const bank = corpus('sub-headed-answers.md');
    expect(bank.drafts.map((d) => d.prompt)).toEqual([
      'What are the key features of Python?',
      'What is the difference between list and tuple?',
      'What are decorators in Python?',
    ]);
    expect(draftAt(bank, 29).rubric.referenceAnswer).toContain('**When to Use Each**\n\n- **Lists** for collections that change.');
    expect(draftAt(bank, 53).rubric.referenceAnswer).toContain('Role of **functools.wraps**\n\nWhen writing a decorator');
    expect(JSON.stringify(bank.drafts)).not.toMatch(/Explore all 100 answers|example\.com/);
    expect(bank.skipped.map((s) => s.reason)).toContain('advertising, not questions ("Explore all 100 answers here 👉 Example…")');
  });

  it('"### Q1: … ###" headings, figures as answers, answers in block quotes, Q/A inside quotes, an HTML <h3> question, a "What you can do next?" heading: 7 questions', () => {
    const bank = corpus('closing-hashes-figures-quotes.md');
    expect(bank.drafts.map((d) => d.prompt)).toEqual([
      'What are joins in SQL and discuss its types?',
      'Write an SQL query to join 3 tables',
      'Why does RANK skip numbers?',
      'What is the difference between LinkedList and ArrayList?',
      'What is a functional interface?',
      'Which fields does a team proposal need?',
      'Are the skills typed or picked from a list?',
    ]);
    expect(draftAt(bank, 20).rubric.referenceAnswer).toBe(
      '![1668274347333](https://user-images.githubusercontent.com/1/201538710-join-three-tables.jpg)',
    );
    expect(draftAt(bank, 33).rubric.referenceAnswer).toMatch(/^An ArrayList is a resizable array/);
    expect(draftAt(bank, 42).rubric.referenceAnswer).toBe('The maximum team size and the set of skills.');
    expect(bank.skipped.map((s) => s.reason)).toContain('advertising, not questions ("What you can do next?")');
  });
});

describe('Markdown corpus: <details> written back to back', () => {
  it('<details> with no blank line between them (one HTML block), answers as HTML lists, questions for the interviewer (awesome-behavioral-interviews shape): 7 questions', () => {
    const bank = corpus('details-back-to-back.md');
    expect(bank.drafts.map((d) => d.prompt)).toEqual([
      'Tell me about yourself.',
      'Tell me about a time you had a disagreement with your manager.',
      'Describe a project you are proud of.',
      'How do you handle tight deadlines?',
      'What brought you to this company?',
      'What is the code and design review process like?',
      'What is the onboarding process like for this role?',
    ]);
    expect(draftAt(bank, 9).rubric.referenceAnswer).toBe(
      'I build web applications and have led two small teams.\n\nLately I have been moving a monolith to services, one slice at a time.',
    );
    expect(draftAt(bank, 29).rubric.referenceAnswer).toBe('- Situation: Checkout was slow.\n- Result: Page load fell by a third.');
  });
});

describe('Markdown corpus: questions as paragraphs between horizontal rules', () => {
  it('a paragraph that asks, its code, then "---" before the next (js--interview-questions topics shape): 4 questions', () => {
    const bank = corpus('ruled-paragraph-questions.md');
    expect(bank.drafts.map((d) => [d.sources[0].line, d.prompt])).toEqual([
      [3, 'What is the output? (And how would you make it print 0 to 4?)'],
      [13, 'What is the output?'],
      [23, 'Write the code for these calls'],
      [31, 'What does this code print, and why?'],
    ]);
    expect(draftAt(bank, 13).code).toBe('(function() {\n  var a = b = 5;\n})();\nconsole.log(b);');
    expect(draftAt(bank, 31).rubric.referenceAnswer).toBe('`3`: each call of `next` shares the same `n`.');
    // The heading names the section: it does not title the first question.
    expect(bank.drafts[0].label).toBeUndefined();
  });

  it('a list item that is a link and its description is not a question, even when the description asks', () => {
    const bank = parseBank(
      '## More repositories\n\n- https://github.com/example/js-review What Do I Need to Know to Ace a JavaScript Interview?\n- What is a closure?\n',
      { fileName: 'links.md', nearDuplicates: false },
    );
    expect(bank.drafts.map((d) => d.prompt)).toEqual(['What is a closure?']);
  });
});

describe('Markdown corpus: smaller shapes, with a byte-order mark and Windows line ends', () => {
  it('<details> in list items, emoji-numbered headings, Q1)/A1) and **Q2.**/**A.** pairs, quoted answers, an HTML heading with its answer, a table with a difficulty column: 12 questions', () => {
    const bank = corpus('small-shapes-crlf.md');
    expect(bank.drafts.map((d) => [d.sources[0].line, d.prompt, d.rubric.referenceAnswer])).toEqual([
      [5, 'What is a closure?', 'A function together with the scope it was created in.'],
      [10, 'What is hoisting?', 'Declarations move to the top of their scope.'],
      [12, 'What is a promise?', 'A value that will exist later.'],
      [16, 'What is async/await?', 'Syntax over promises.'],
      // Numbered like its siblings: a question, not a title over its answer.
      [20, 'Event loop', 'How JavaScript runs callbacks once the stack is empty.'],
      [26, 'What is DNS?', 'The phone book of the internet: it maps names to addresses.'],
      [30, 'What is UDP?', 'Datagrams without delivery guarantees.'],
      [36, 'What is a primary key?', 'A column that identifies each row.'],
      [38, 'What is a foreign key?', "A column that points at another table's key."],
      [41, 'What is normalisation?', 'Splitting tables so each fact is stored once.'],
      [46, 'What is ACID?', 'Atomicity, consistency, isolation, durability.'],
      [47, 'What is a deadlock?', 'Two transactions each waiting for the other.'],
    ]);
    expect(bank.drafts.slice(-2).map((d) => d.classification.difficulty)).toEqual([
      { value: 'junior', reason: 'given in the Markdown file' },
      { value: 'senior', reason: 'given in the Markdown file' },
    ]);
    expect(bank.skipped).toEqual([]);
  });
});

describe('CSV corpus', () => {
  it('reads a hand-written bank with a multi-line answer and a row without a question', () => {
    const bank = parseBank(readFixture('corpus/interview-bank.csv'), { fileName: 'interview-bank.csv', nearDuplicates: false });
    expect(bank.summary.items).toBe(4);
    expect(bank.drafts[0].rubric.referenceAnswer).toBe(
      'Two threads read and write shared state in an order nobody planned.\nFix it with locks, atomic operations or by not sharing state.',
    );
    expect(bank.drafts[3].prompt).toBe('Write a function that reverses a string, "in place" if you can.');
    expect(bank.skipped).toEqual([
      { source: { file: 'interview-bank.csv', item: 5, line: 7 }, reason: 'the question column is empty', excerpt: expect.any(String) },
    ]);
  });

  it('reads "IdealAnswer" and "Keywords" headers, a byte-order mark and Windows line ends (an AI interview-prep dataset shape)', () => {
    const bank = parseBank(readFixture('corpus/ideal-answer-keywords.csv'), {
      fileName: 'ideal-answer-keywords.csv',
      nearDuplicates: false,
    });
    expect(bank.summary.items).toBe(4);
    expect(bank.drafts[0]).toMatchObject({ prompt: 'Tell me about yourself.', category: ['HR'] });
    expect(bank.drafts[0].rubric.referenceAnswer).toBe(
      'A 60-second pitch: education, key skills, one project, and the role you want next.',
    );
    expect(bank.drafts[0].classification.tags.map((t) => t.value)).toEqual(['pitch', 'skills', 'goals']);
    expect(bank.drafts[2].rubric.referenceAnswer).toBe(
      'FCFS runs jobs in arrival order; SJF runs the shortest first;\nRound Robin gives each job a time slice.',
    );
  });

  it('reads a quiz export: semicolons, quoted headers, "Options", "Correct Answer", "Explanation", "Difficulty Level"', () => {
    const bank = parseBank(readFixture('corpus/quiz-export-semicolon.csv'), {
      fileName: 'quiz-export-semicolon.csv',
      nearDuplicates: false,
    });
    expect(bank.drafts.map((d) => [d.prompt, d.rubric.referenceAnswer, d.classification.difficulty.value])).toEqual([
      [
        'Which HTTP status means Not Found? Options: 200; 301; 404; 500',
        '404\n\n4xx codes are client errors; 404 says the resource does not exist.',
        'junior',
      ],
      [
        'Which isolation level prevents phantom reads? Options: Read committed; Repeatable read; Serializable',
        'Serializable\n\nOnly serializable forbids new rows appearing in a repeated range query.',
        'senior',
      ],
      ['What does "idempotent" mean for an HTTP method?', 'Calling it twice has the same effect as calling it once.', 'mid'],
    ]);
  });
});
