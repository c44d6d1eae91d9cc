import { createServer, type IncomingMessage } from 'node:http';
import type { Queryable } from '../src/common/database/typed-sql';
import * as kits from '../src/kits/kits.repository';
import * as panels from '../src/panel-scorecards/panel-scorecards.repository';
import * as questions from '../src/questions/questions.repository';
import * as scorecards from '../src/scorecards/scorecards.repository';

/**
 * The floor npm run bench:http measures Panelist against: `node:http` and a `pg` pool of the same
 * size running the same repository SQL on the same data, answering JSON — no framework, no GraphQL,
 * no session check, no validation, no statistics. Usage: DATABASE_URL=… PORT=… bare-http.ts
 */
interface PgPool {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[]; rowCount: number | null; command: string }>;
  end(): Promise<void>;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- pg ships no types; only Pool is used
const { Pool } = require('pg') as { Pool: new (config: { connectionString: string; max: number }) => PgPool };

const pool = new Pool({ connectionString: process.env.DATABASE_URL ?? '', max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
/** What typed-sql expects of TypeORM: rows, or [rows, affected] for UPDATE and DELETE. */
const db: Queryable = {
  async query(sql, params) {
    const result = await pool.query(sql, params);
    return result.command === 'UPDATE' || result.command === 'DELETE' ? [result.rows, result.rowCount ?? 0] : result.rows;
  },
};

type Body = Record<string, unknown>;
const routes: Record<string, (body: Body) => Promise<unknown>> = {
  '/kit': (b) => kits.findWithSections(db, String(b.organizationId), String(b.id)),
  '/autosave': (b) =>
    scorecards.autosaveDraft(db, {
      organizationId: String(b.organizationId),
      userId: String(b.userId),
      id: String(b.scorecardId),
      version: Number(b.version),
      answers: b.answers as Parameters<typeof scorecards.autosaveDraft>[1]['answers'],
      competencyRatings: [],
      recommendation: undefined,
      summary: null,
    }),
  '/bank': async (b) => {
    const filter: questions.SearchFilter = {
      organizationId: String(b.organizationId),
      text: String(b.search),
      status: 'ACTIVE',
      types: null,
      difficulties: null,
      competencies: null,
      tags: null,
      hasRubric: null,
    };
    const [page, totalCount] = await Promise.all([questions.searchPage(db, filter, null, 26), questions.searchCount(db, filter)]);
    return { totalCount, edges: page.slice(0, 25) };
  },
  '/comparison': async (b) => {
    const loops = await panels.loops(db, String(b.organizationId), { jobId: String(b.jobId) });
    const [seats, ratings] = await Promise.all([
      panels.seats(
        db,
        loops.map((loop) => loop.loopId),
        false,
      ),
      panels.organizationRatings(db, String(b.organizationId), String(b.userId)),
    ]);
    return { loops, seats, ratings };
  },
};

function readBody(req: IncomingMessage): Promise<Body> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Body));
    req.on('error', reject);
  });
}

const server = createServer((req, res) => {
  const route = routes[req.url ?? ''];
  if (!route) {
    res.writeHead(req.url === '/ready' ? 200 : 404).end();
    return;
  }
  readBody(req)
    .then(route)
    .then((data) => {
      const json = JSON.stringify({ data });
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) }).end(json);
    })
    .catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
});
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT ?? 3100), '127.0.0.1');
const stop = () => server.close(() => void pool.end().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
