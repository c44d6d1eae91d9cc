// npm run bench:start [-- --rounds N] [--json] [--no-warm-up]: how long `npm start` takes to the first
// 200 from /graphql, cold (an empty data folder: initdb, migrations, demo data) and warm (a second
// start on that folder), the CPU time it used (what a start costs however busy the machine is), and
// the idle memory of the API and its PostgreSQL. A first start brings the web build up to date, so the
// rounds measure the usual start, whose web build is current (a changed web app adds its build time).
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { measureStart } from './lib/measure-start.mjs';

const { values: options } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    json: { type: 'boolean', default: false },
    'no-warm-up': { type: 'boolean', default: false },
  },
});
const rounds = Number(options.rounds);
const say = (line) => (options.json ? process.stderr : process.stdout).write(`${line}\n`);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const spread = (values) => `${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)}`;

const base = mkdtempSync(join(tmpdir(), 'panelist-start-'));
// The embedded PostgreSQL runs as the postgres user when we are root: it must reach its data folder.
chmodSync(base, 0o755);
const results = { cold: [], warm: [] };
try {
  if (!options['no-warm-up']) await measureStart({ dataDir: join(base, 'warm-up'), idleMs: 0 });
  for (let round = 0; round < rounds; round += 1) {
    const dataDir = join(base, `round-${round}`);
    for (const kind of ['cold', 'warm']) {
      const { seconds, cpuSeconds, rssMb, pssMb } = await measureStart({ dataDir });
      results[kind].push({ seconds, cpuSeconds, rssMb, pssMb });
    }
    say(`round ${round + 1}: cold ${results.cold.at(-1).seconds.toFixed(2)} s, warm ${results.warm.at(-1).seconds.toFixed(2)} s`);
  }
} finally {
  rmSync(base, { recursive: true, force: true });
}

if (options.json) {
  process.stdout.write(`${JSON.stringify(results)}\n`);
} else {
  const row = (name, list) => {
    const pick = (key) => list.map((r) => r[key]);
    return (
      `| ${name} | ${median(pick('seconds')).toFixed(2)} s (${spread(pick('seconds'))}) | ${median(pick('cpuSeconds')).toFixed(2)} s | ` +
      `${median(pick('rssMb')).toFixed(0)} MB | ${median(pick('pssMb')).toFixed(0)} MB |`
    );
  };
  say(`\n${rounds} rounds on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}; median (min–max)`);
  say('| start | to first 200 from /graphql | CPU time used | idle RSS, API + PostgreSQL | idle PSS |');
  say('|---|---|---|---|---|');
  say(row('cold (empty data folder)', results.cold));
  say(row('warm', results.warm));
}
