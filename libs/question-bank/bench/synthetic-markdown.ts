/**
 * A Markdown bank of about `bytes` bytes mixing the shapes real banks take (see the corpus README):
 * numbered headings with long answers (paragraphs, nested lists, code, tables, back-to-top links),
 * list items with follow-ups, titled headings, Q:/A: pairs, <details> answers and multiple choice.
 * Every prompt is distinct, so nothing is merged away as a duplicate.
 */
const TOPICS = [
  'closures',
  'the event loop',
  'prototypes',
  'hoisting',
  'promises',
  'generators',
  'modules',
  'proxies',
  'symbols',
  'iterators',
];
const VERBS = ['explain', 'compare', 'debug', 'test', 'optimise', 'refactor', 'secure', 'document', 'profile', 'design'];
const PLACES = ['in a browser', 'in Node.js', 'in a worker', 'on a server', 'in a library', 'under load', 'in tests', 'in production'];

const SENTENCES = [
  'A closure keeps the variables of the scope it was created in alive for as long as it is reachable.',
  'The event loop takes the next task from the queue only when the call stack is empty, then runs every microtask.',
  'Prototypes are looked up along the chain until a property is found or the chain ends in null.',
  'Teams that measure first and optimise second avoid most of the regressions that premature caching causes.',
  'A good candidate names the trade-offs, says how they would verify the change, and mentions monitoring.',
  'Promises settle once; a rejected promise without a handler is reported as an unhandled rejection.',
];

function prompt(index: number): string {
  const topic = TOPICS[index % TOPICS.length];
  const verb = VERBS[Math.floor(index / TOPICS.length) % VERBS.length];
  const place = PLACES[Math.floor(index / (TOPICS.length * VERBS.length)) % PLACES.length];
  return `How would you ${verb} ${topic} ${place} (case ${index + 1})?`;
}

function paragraph(index: number, sentences: number): string {
  return Array.from({ length: sentences }, (_, i) => SENTENCES[(index + i) % SENTENCES.length]).join(' ');
}

const CODE = [
  '```javascript',
  'function counter() {',
  '  let count = 0;',
  '  return () => {',
  '    count += 1;',
  '    return count;',
  '  };',
  '}',
  '```',
];

function numberedHeading(index: number, n: number): string {
  return [
    `${n}. ### ${prompt(index)}`,
    '',
    `   ${paragraph(index, 3)}`,
    '',
    ...CODE.map((line) => `   ${line}`),
    '',
    `   1. ${paragraph(index + 1, 1)}`,
    `   2. ${paragraph(index + 2, 1)}`,
    `      - ${paragraph(index + 3, 1)}`,
    '',
    '   | Case | Result |',
    '   | ---- | ------ |',
    '   | one  | `1`    |',
    '   | two  | `2`    |',
    '',
    `   **Note:** ${paragraph(index + 4, 2)}`,
    '',
    '   **[⬆ Back to Top](#table-of-contents)**',
    '',
  ].join('\n');
}

function listItems(index: number): string {
  return [
    `- ${prompt(index)}`,
    `  - Follow-up: ${prompt(index + 1).replace('How would you', 'Why would you')}`,
    `  - Look for: ${paragraph(index, 1)}`,
    `- ${prompt(index + 2)}`,
    '',
  ].join('\n');
}

function titledHeading(index: number): string {
  return [`#### Case ${index + 1}`, '', `${paragraph(index, 1)}<br/>`, `${prompt(index)}`, '', paragraph(index + 1, 4), ''].join('\n');
}

function qaPair(index: number): string {
  return [`**Q:** ${prompt(index)}`, '', `**A:** ${paragraph(index, 4)}`, ''].join('\n');
}

function details(index: number): string {
  return [`<details>`, `<summary>${prompt(index)}</summary><br><b>`, '', paragraph(index, 3), '</b></details>', ''].join('\n');
}

function multipleChoice(index: number): string {
  return [
    `###### ${index + 1}. ${prompt(index).replace(/\?$/, '')}: what is logged?`,
    '',
    ...CODE,
    '',
    '- A: `1`',
    '- B: `2`',
    '- C: `undefined`',
    '',
    '<details><summary><b>Answer</b></summary>',
    '<p>',
    '',
    '#### Answer: B',
    '',
    paragraph(index, 3),
    '',
    '</p>',
    '</details>',
    '',
    '---',
    '',
  ].join('\n');
}

export function syntheticMarkdownBank(bytes: number): string {
  const parts: string[] = ['# Synthetic interview questions', '', '## Table of Contents', '', '| No. | Questions |', '| --- | --------- |'];
  for (let n = 1; n <= 20; n++) parts.push(`| ${n} | [${prompt(n)}](#q${n}) |`);
  parts.push('');
  let size = parts.join('\n').length;
  let index = 0;
  let section = 0;
  while (size < bytes) {
    section++;
    const chunk = [
      `## Section ${section}`,
      '',
      ...Array.from({ length: 10 }, (_, i) => numberedHeading(index + i, i + 1)),
      '### Quick questions',
      '',
      ...Array.from({ length: 5 }, (_, i) => listItems(index + 10 + i * 3)),
      '### Titled questions',
      '',
      ...Array.from({ length: 5 }, (_, i) => titledHeading(index + 25 + i)),
      '### Q and A',
      '',
      ...Array.from({ length: 5 }, (_, i) => qaPair(index + 30 + i)),
      ...Array.from({ length: 5 }, (_, i) => details(index + 35 + i)),
      '### Coding exercises',
      '',
      ...Array.from({ length: 5 }, (_, i) => multipleChoice(index + 40 + i)),
    ].join('\n');
    index += 45;
    parts.push(chunk);
    size += chunk.length + 1;
  }
  return parts.join('\n');
}
