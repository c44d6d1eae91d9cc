// Starts Panelist the way `npm start` does (node tools/start.mjs), times it to the first 200 from
// /graphql, reads the idle memory of the API and its PostgreSQL, and stops it with Ctrl-C (SIGINT).
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from './postgres.mjs';
import { ROOT } from './run.mjs';

/** Every process below pid (children, grandchildren: the API, postgres and its workers). */
function descendants(pid) {
  const children = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The field after the parenthesised name: state, then the parent's pid.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  const found = [];
  const visit = (id) => (children.get(id) ?? []).forEach((child) => (found.push(child), visit(child)));
  visit(pid);
  return found;
}

/** Proportional set size in kB: shared pages (postgres' shared buffers, libraries) counted once over the group. */
function pssKb(pid) {
  try {
    const match = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** CPU seconds a process and its reaped children used (utime + stime + cutime + cstime; 100 ticks a second on Linux). */
function cpuSeconds(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14–17 of stat (utime, stime, cutime, cstime) are 11–14 after the name and state.
    return fields.slice(11, 15).reduce((sum, ticks) => sum + Number(ticks), 0) / 100;
  } catch {
    return 0;
  }
}

function rssKb(pid) {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

async function graphqlAnswers(port) {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    return response.status === 200;
  } catch {
    return false;
  }
}

/**
 * Idle is after the start-up work settled: the demo data's extra pool connections close after the
 * pool's idle timeout (10 s, db/data-source.ts), as they would on any API left alone.
 */
const IDLE_MS = 12_000;

/**
 * One start: { seconds, cpuSeconds, rssMb, pssMb, output }. cpuSeconds (all processes of the start, to
 * the first 200) is what the start costs whatever else the machine does; seconds is the wall clock. dataDir empty or missing = a cold start (initdb,
 * migrations, the demo data); an earlier start's dataDir = a warm one. Extra env (e.g. SKIP_WEB_BUILD) passes through.
 */
export async function measureStart({ dataDir, env = {}, timeoutMs = 120_000, idleMs = IDLE_MS }) {
  const [port, pgPort] = [await freePort(), await freePort()];
  const started = performance.now();
  const child = spawn(process.execPath, [join(ROOT, 'tools', 'start.mjs')], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: '', ...env, PORT: String(port), PANELIST_DATA_DIR: dataDir, PANELIST_PG_PORT: String(pgPort) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  let ended = false;
  void exited.then(() => (ended = true));
  try {
    let seconds = null;
    let cpu = 0;
    while (performance.now() - started < timeoutMs && !ended) {
      if (await graphqlAnswers(port)) {
        seconds = (performance.now() - started) / 1000;
        cpu = [child.pid, ...descendants(child.pid)].reduce((sum, pid) => sum + cpuSeconds(pid), 0);
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (seconds === null) throw new Error(`Panelist did not answer on /graphql${ended ? ' (it exited)' : ''}:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, idleMs));
    const processes = descendants(child.pid);
    const rssMb = processes.reduce((sum, pid) => sum + rssKb(pid), 0) / 1024;
    const pssMb = processes.reduce((sum, pid) => sum + pssKb(pid), 0) / 1024;
    return { seconds, cpuSeconds: cpu, rssMb, pssMb, output };
  } finally {
    if (!ended) child.kill('SIGINT');
    await exited;
  }
}
