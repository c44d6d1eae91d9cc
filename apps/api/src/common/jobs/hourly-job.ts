import type { Logger } from '@nestjs/common';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/**
 * Runs `job` a minute after start-up, then hourly — so deploys more frequent than hourly still run
 * it. Timers never keep the process alive; a failure is logged and retried at the next tick.
 * Returns the function that stops it (on shutdown). Off under jest (NODE_ENV=test).
 */
export function startHourlyJob(name: string, job: () => Promise<unknown>, logger: Logger): () => void {
  // Tests call the jobs directly; a timer firing in a long suite would race them on the shared database.
  if (process.env.NODE_ENV === 'test') return () => undefined;
  const tick = () =>
    void job().catch((error: unknown) => logger.warn(`${name} failed: ${error instanceof Error ? error.message : String(error)}`));
  const first = setTimeout(tick, MINUTE_MS);
  const hourly = setInterval(tick, HOUR_MS);
  first.unref();
  hourly.unref();
  return () => {
    clearTimeout(first);
    clearInterval(hourly);
  };
}
