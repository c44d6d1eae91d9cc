import { parseInline, parseRichText } from '../utils/rich-text';

describe('parseRichText', () => {
  it('splits rubric text into paragraphs, lists, code and tables', () => {
    const blocks = parseRichText(
      [
        'Use an index on the filter column',
        'and the sort column.',
        '',
        '- covers the filter',
        '- covers the sort',
        '',
        '```sql',
        'CREATE INDEX ON orders (customer_id, created_at DESC);',
        '```',
        '| Store | Use |',
        '| --- | --- |',
        '| Redis | cache |',
      ].join('\n'),
    );

    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'Use an index on the filter column and the sort column.' },
      { kind: 'list', ordered: false, items: ['covers the filter', 'covers the sort'] },
      { kind: 'code', language: 'sql', text: 'CREATE INDEX ON orders (customer_id, created_at DESC);' },
      { kind: 'table', header: ['Store', 'Use'], rows: [['Redis', 'cache']] },
    ]);
  });

  it('finds inline code and bold text', () => {
    expect(parseInline('Run `EXPLAIN` **first**.')).toEqual([
      { kind: 'text', text: 'Run ' },
      { kind: 'code', text: 'EXPLAIN' },
      { kind: 'text', text: ' ' },
      { kind: 'strong', text: 'first' },
      { kind: 'text', text: '.' },
    ]);
  });
});
