import { parseRemainingQueries, rows, sql, type Queryable } from './typed-sql';

interface IEchoQuery {
  params: { id: string; name: string };
  result: { id: string };
}

/** Records what reaches the database. */
function recorder(): Queryable & { sent: Array<[string, unknown[] | undefined]> } {
  const sent: Array<[string, unknown[] | undefined]> = [];
  return { sent, query: (text, parameters) => (sent.push([text, parameters]), Promise.resolve([{ id: 'a' }])) };
}

describe('typed sql', () => {
  it('parses queries ahead of their first use, each once, and runs them as if parsed on the way', async () => {
    // Parsing what other modules of this process declared leaves only the two below.
    await parseRemainingQueries();
    const first = sql<IEchoQuery>`SELECT id FROM questions WHERE id = $id! AND name = $name!`;
    const second = sql<IEchoQuery>`SELECT id FROM kits WHERE id = $id!`;
    const db = recorder();
    await rows(db, second, { id: 'k', name: 'unused' });

    expect(await parseRemainingQueries()).toBe(1);
    expect(await parseRemainingQueries()).toBe(0);
    expect(await rows(db, first, { id: 'q', name: 'n' })).toEqual([{ id: 'a' }]);
    expect(db.sent).toEqual([
      ['SELECT id FROM kits WHERE id = $1', ['k']],
      ['SELECT id FROM questions WHERE id = $1 AND name = $2', ['q', 'n']],
    ]);
  });
});
