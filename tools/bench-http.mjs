// npm run bench:http [-- rounds seconds]: Panelist over HTTP in production mode against a bare node:http + pg
// handler running the same repository SQL on the same data and pool size (apps/api/bench/bare-http.ts).
// Four operations — a 40-question kit, a scorecard autosave, a bank search over 10,000 questions, a job
// comparison of 200 candidates × 3 — each with the web app's own GraphQL document, 10 keep-alive
// connections, interleaved (Panelist and bare alternate which goes first) for ≥ 3 rounds. Prints req/s and
// the ratio Panelist ÷ bare per operation: the median and the spread over the rounds.
// A throwaway database on TEST_DATABASE_URL's server, else an embedded PostgreSQL.
import { Agent, request } from 'node:http';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDisposableDatabase } from './lib/disposable-database.mjs';
import { freePort } from './lib/postgres.mjs';
import { MAIN, ensureApiBuilt } from './lib/api-build.mjs';
import { ROOT, runTs, spawnInherit } from './lib/run.mjs';

const ROUNDS = Math.max(3, Number(process.argv[2] ?? 3));
const SECONDS = Number(process.argv[3] ?? 3);
const CONNECTIONS = 10;
const POOL_SIZE = '10';
const log = (line) => console.log(`[bench:http] ${line}`);

/** The web app's operation with every fragment it spreads, as the browser sends it. */
function webDocument(operation) {
  const files = readdirSync(join(ROOT, 'apps/web/src/modules'), { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.graphql'))
    .map((file) => readFileSync(join(ROOT, 'apps/web/src/modules', file), 'utf8'));
  const definitions = new Map();
  for (const text of files) {
    for (const part of text.split(/\n(?=(?:query|mutation|subscription|fragment) )/)) {
      const match = /^(?:#[^\n]*\n)*\s*(query|mutation|subscription|fragment) (\w+)/.exec(part.trim());
      if (match) definitions.set(`${match[1] === 'fragment' ? 'fragment' : 'operation'}:${match[2]}`, part.trim());
    }
  }
  const wanted = [definitions.get(`operation:${operation}`)];
  if (!wanted[0]) throw new Error(`No web operation named ${operation}`);
  const seen = new Set();
  for (let i = 0; i < wanted.length; i++) {
    for (const [, name] of wanted[i].matchAll(/\.\.\.(\w+)/g)) {
      if (seen.has(name) || !definitions.has(`fragment:${name}`)) continue;
      seen.add(name);
      wanted.push(definitions.get(`fragment:${name}`));
    }
  }
  return wanted.join('\n');
}

const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS * 2 });

function post(port, path, body, headers = {}) {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...headers },
      },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

async function waitFor(port, path, child) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`a server exited during start-up (port ${port})`);
    const ok = await new Promise((resolve) => {
      const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
        res.resume();
        resolve(res.statusCode === 200);
      });
      req.on('error', () => resolve(false));
      req.end();
    });
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no answer on port ${port}`);
}

/** CPU time (user + system, ms) a process has used so far, from /proc; null where there is no /proc. */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime and stime, in clock ticks of 1/100 s
  } catch {
    return null;
  }
}

/**
 * `connections` loops, each sending `next(worker)` one after another for `seconds`. Answers requests per
 * second and the server's CPU milliseconds per request: the second does not depend on what else the
 * machine is running, so it is the figure to trust on a shared machine.
 */
async function load(seconds, next, pid) {
  const until = Date.now() + seconds * 1000;
  const cpuBefore = cpuMs(pid);
  let done = 0;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async (_, worker) => {
      while (Date.now() < until) {
        await next(worker);
        done++;
      }
    }),
  );
  const cpuAfter = cpuMs(pid);
  return { rate: done / seconds, cpuPerRequest: cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / done };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const SEARCHES = ['rate limiter', 'Kafka event stream', 'cache Redis', 'shard PostgreSQL', 'webhook', 'Kubernetes deploy'];

const children = [];
const dir = mkdtempSync(join(tmpdir(), 'panelist-bench-'));
const database = await createDisposableDatabase({ log });
let code = 1;
try {
  log('seeding 10,000 questions, a 40-question kit, 10 drafts and a 200 × 3 job ...');
  const dataFile = join(dir, 'data.json');
  if ((await runTs('apps/api/bench/http-seed.ts', [dataFile], { env: { DATABASE_URL: database.url } }).exited) !== 0) {
    throw new Error('seeding failed');
  }
  const data = JSON.parse(readFileSync(dataFile, 'utf8'));
  const [panelistPort, barePort] = [await freePort(), await freePort()];
  // The bare pool waits for a free connection as long as it takes; so does Panelist here (its default gives up after 5 s).
  const common = { DATABASE_URL: database.url, DATABASE_POOL_SIZE: POOL_SIZE, DATABASE_CONNECT_TIMEOUT_MS: '60000' };
  // Production runs the compiled API (the container image): so does the benchmark.
  const build = await ensureApiBuilt(log);
  const panelist = spawnInherit(process.execPath, [join(build, MAIN)], {
    env: {
      ...common,
      NODE_ENV: 'production',
      PORT: String(panelistPort),
      HOST: '127.0.0.1',
      JWT_SECRET: 'bench-secret-0123456789abcdefghijklmnopqrstuvwxyz',
      WEB_DIST: '',
      LOG_LEVEL: 'warn',
      AUDIT_LOG: 'off',
      LOGIN_ATTEMPTS_PER_MINUTE: '1000',
      REDIS_URL: '',
      // e.g. BENCH_HTTP_NODE_OPTIONS="-r ./profile.cjs" to profile Panelist under load.
      ...(process.env.BENCH_HTTP_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_HTTP_NODE_OPTIONS } : {}),
    },
  });
  const bare = runTs('apps/api/bench/bare-http.ts', [], { env: { ...common, PORT: String(barePort) } });
  children.push(panelist.child, bare.child);
  await Promise.all([waitFor(panelistPort, '/health/ready', panelist.child), waitFor(barePort, '/ready', bare.child)]);

  const signIn = async (email) => {
    const doc = webDocument('Login');
    const res = await post(panelistPort, '/graphql', { query: doc, variables: { input: { email, password: data.password } } });
    const cookie = String(res.headers['set-cookie'] ?? '').split(';')[0];
    if (!cookie.startsWith('panelist_session=')) throw new Error(`sign-in failed: ${res.body.slice(0, 300)}`);
    return cookie;
  };
  const managerCookie = await signIn(data.manager.email);
  const interviewerCookie = await signIn(data.interviewer.email);
  const graphql = async (cookie, query, variables) => {
    const res = await post(panelistPort, '/graphql', { query, variables }, { cookie });
    const body = JSON.parse(res.body);
    if (res.status !== 200 || body.errors) throw new Error(`Panelist answered ${res.status}: ${res.body.slice(0, 300)}`);
    return body.data;
  };
  const raw = async (path, body) => {
    const res = await post(barePort, path, body);
    if (res.status !== 200) throw new Error(`bare answered ${res.status} on ${path}: ${res.body.slice(0, 300)}`);
    return JSON.parse(res.body).data;
  };

  // Each connection autosaves its own scorecard and carries its version on, as a browser tab does (both
  // servers write the same scorecards, one after the other).
  const versions = data.scorecards.map(() => 1);
  const answer = (worker, n) => [
    { questionId: data.questionIds[n % 40], rating: 1 + (n % 4), notAsked: false, notes: `note ${worker} ${n}` },
  ];
  let saves = 0;
  const [kitDoc, saveDoc, bankDoc, comparisonDoc] = ['Kit', 'SaveScorecardDraft', 'Bank', 'JobComparison'].map(webDocument);
  const operations = [
    {
      name: 'load a 40-question kit',
      panelist: () => graphql(managerCookie, kitDoc, { id: data.kitId }),
      bare: () => raw('/kit', { organizationId: data.organizationId, id: data.kitId }),
    },
    {
      name: 'scorecard autosave',
      panelist: async (worker) => {
        const input = { scorecardId: data.scorecards[worker], version: versions[worker], answers: answer(worker, saves++) };
        versions[worker] = (await graphql(interviewerCookie, saveDoc, { input })).saveScorecardDraft.version;
      },
      bare: async (worker) => {
        const saved = await raw('/autosave', {
          organizationId: data.organizationId,
          userId: data.interviewer.userId,
          scorecardId: data.scorecards[worker],
          version: versions[worker],
          answers: answer(worker, saves++),
        });
        if (!saved) throw new Error('bare autosave wrote nothing');
        versions[worker] = saved.version;
      },
    },
    {
      name: 'bank search (10k questions)',
      panelist: (worker) => graphql(managerCookie, bankDoc, { search: SEARCHES[worker % SEARCHES.length], first: 25 }),
      bare: (worker) => raw('/bank', { organizationId: data.organizationId, search: SEARCHES[worker % SEARCHES.length] }),
    },
    {
      name: 'job comparison, 200 × 3',
      panelist: () => graphql(managerCookie, comparisonDoc, { jobId: data.jobId }),
      bare: () => raw('/comparison', { organizationId: data.organizationId, jobId: data.jobId, userId: data.manager.userId }),
    },
  ];

  // BENCH_HTTP_ONLY=search,kit runs only the operations whose names contain one of the words (e.g. to profile one).
  const only = (process.env.BENCH_HTTP_ONLY ?? '').split(',').filter(Boolean);
  if (only.length) operations.splice(0, operations.length, ...operations.filter((op) => only.some((word) => op.name.includes(word))));
  log(`warming up; then ${ROUNDS} rounds × ${operations.length} operations × 2 servers × ${SECONDS} s, ${CONNECTIONS} connections`);
  const pids = { panelist: panelist.child.pid, bare: bare.child.pid };
  for (const operation of operations) {
    await load(1, operation.panelist, pids.panelist);
    await load(1, operation.bare, pids.bare);
  }
  const results = operations.map(() => ({ panelist: [], bare: [], ratios: [], cpu: { panelist: [], bare: [] } }));
  const loadBefore = loadavg()[0];
  for (let round = 0; round < ROUNDS; round++) {
    for (const [index, operation] of operations.entries()) {
      const order = round % 2 === 0 ? ['panelist', 'bare'] : ['bare', 'panelist'];
      const rate = {};
      for (const side of order) {
        const measured = await load(SECONDS, operation[side], pids[side]);
        rate[side] = measured.rate;
        if (measured.cpuPerRequest !== null) results[index].cpu[side].push(measured.cpuPerRequest);
      }
      results[index].panelist.push(rate.panelist);
      results[index].bare.push(rate.bare);
      results[index].ratios.push(rate.panelist / rate.bare);
    }
    log(`round ${round + 1}/${ROUNDS} done`);
  }
  const loadAfter = loadavg()[0];

  const rows = operations.map((operation, index) => {
    const { panelist, bare, ratios, cpu } = results[index];
    const cpuFigure = (side) => (cpu[side].length ? median(cpu[side]).toFixed(2) : '–');
    return {
      operation: operation.name,
      'Panelist req/s': median(panelist).toFixed(1),
      'bare req/s': median(bare).toFixed(1),
      'ratio (median)': median(ratios).toFixed(2),
      'ratio (min–max)': `${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}`,
      'server CPU ms/request (Panelist / bare)': `${cpuFigure('panelist')} / ${cpuFigure('bare')}`,
      target: median(ratios) >= 0.5 ? '≥ 0.5 OK' : '≥ 0.5 MISSED',
    };
  });
  console.log('');
  console.log(`| ${Object.keys(rows[0]).join(' | ')} |`);
  console.log(
    `|${Object.keys(rows[0])
      .map(() => '---|')
      .join('')}`,
  );
  for (const row of rows) console.log(`| ${Object.values(row).join(' | ')} |`);
  console.log('');
  console.log(
    `${ROUNDS} rounds × ${SECONDS} s per operation and server, ${CONNECTIONS} connections, pool ${POOL_SIZE}; ` +
      `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}; Node ${process.version}; load average ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)}`,
  );
  code = 0;
} catch (error) {
  console.error(`[bench:http] ${error instanceof Error ? error.message : error}`);
} finally {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  await Promise.all(children.map((child) => (child.exitCode === null ? new Promise((resolve) => child.once('exit', resolve)) : null)));
  agent.destroy();
  await database.drop();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(code);
