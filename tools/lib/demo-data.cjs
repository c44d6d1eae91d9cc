// Whether `npm start` adds the demo organization, its users (known password) and the demo job.
// Demo data is for trying Panelist locally: never in production, never when PANELIST_DEMO=0, and on
// a PostgreSQL of your own (DATABASE_URL) only when PANELIST_DEMO=1 asks for it. A pure function, so
// the rule is tested on its own (tools/test/demo-data.spec.ts); CommonJS so jest can load it too.

/**
 * @param {Record<string, string | undefined>} env the environment (process.env)
 * @param {boolean} usingEmbedded whether npm start runs the embedded PostgreSQL (no DATABASE_URL)
 * @returns {{ seed: boolean, reason: string }}
 */
function demoDataDecision(env, usingEmbedded) {
  const demo = (env.PANELIST_DEMO ?? '').trim();
  if (demo !== '' && demo !== '0' && demo !== '1') {
    throw new Error(`PANELIST_DEMO must be 1 (add the demo data) or 0 (never add it); it is "${env.PANELIST_DEMO}".`);
  }
  if (env.NODE_ENV === 'production') {
    return { seed: false, reason: 'NODE_ENV is production (demo users have a published password)' };
  }
  if (demo === '0') return { seed: false, reason: 'PANELIST_DEMO=0' };
  if (demo === '1') return { seed: true, reason: 'PANELIST_DEMO=1' };
  if (!usingEmbedded) return { seed: false, reason: 'DATABASE_URL is set (PANELIST_DEMO=1 adds the demo data there)' };
  return { seed: true, reason: 'embedded database outside production (PANELIST_DEMO=0 starts without it)' };
}

/** The start-up log line: "Demo data: on — …" or "Demo data: off because …". */
function demoDataLogLine(decision) {
  return decision.seed ? `Demo data: on — ${decision.reason}.` : `Demo data: off because ${decision.reason}.`;
}

module.exports = { demoDataDecision, demoDataLogLine };
