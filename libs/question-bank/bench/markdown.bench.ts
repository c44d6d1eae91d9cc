import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseBank } from '../src/parse-bank';
import { syntheticMarkdownBank } from './synthetic-markdown';

/**
 * npm run bench:bank prints this first: parseBank over a 5 MB Markdown bank of mixed shapes (or the
 * file in BENCH_MARKDOWN_FILE), median of 5 warm runs. Target (issue 13): under 1 s.
 */
const RUNS = 5;
const file = process.env.BENCH_MARKDOWN_FILE;
const text = file ? readFileSync(file, 'utf8') : syntheticMarkdownBank(5_000_000);
const label = file ?? 'synthetic Markdown bank';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

parseBank(text, { fileName: 'bench.md' }); // warm-up: the first run compiles the regular expressions
const wall: number[] = [];
const cpu: number[] = [];
let questions = 0;
for (let run = 0; run < RUNS; run++) {
  const startCpu = process.cpuUsage();
  const start = performance.now();
  questions = parseBank(text, { fileName: 'bench.md' }).summary.items;
  wall.push(performance.now() - start);
  const used = process.cpuUsage(startCpu);
  cpu.push((used.user + used.system) / 1000);
}
const seconds = median(cpu) / 1000;
console.log(
  `markdown: ${label}, ${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB, ${questions.toLocaleString('en')} questions: ` +
    `median ${median(cpu).toFixed(0)} ms CPU (${median(wall).toFixed(0)} ms wall) = ${Math.round(questions / seconds).toLocaleString('en')} questions/s ` +
    `(target < 1 s) ${seconds < 1 ? 'OK' : 'MISSED'}`,
);
