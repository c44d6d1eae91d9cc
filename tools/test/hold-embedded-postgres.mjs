// Test fixture: starts the embedded PostgreSQL in argv[2] on port argv[3], prints READY, and holds
// it until SIGTERM (clean stop) — or until the test SIGKILLs us to simulate a crash.
import { startEmbeddedPostgres } from '../lib/postgres.mjs';

const server = await startEmbeddedPostgres({ dataDir: process.argv[2], port: Number(process.argv[3]), log: (line) => console.log(line) });
console.log(`READY ${server.url}`);
process.on('SIGTERM', async () => {
  await server.stop();
  process.exit(0);
});
setInterval(() => {}, 1_000);
