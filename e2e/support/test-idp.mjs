// The OpenID provider of the browser journeys (apps/api/test/support/oidc/oidc-provider-process.mjs,
// oidc-provider 8) on E2E_IDP_PORT (default 3108), with the client of test-idp.json whose redirect
// URI is the e2e app's callback. The journeys add people through its POST /__test/accounts.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../tools/lib/run.mjs';

export const TEST_IDP = {
  ...JSON.parse(readFileSync(join(ROOT, 'e2e', 'support', 'test-idp.json'), 'utf8')),
  port: Number(process.env.E2E_IDP_PORT ?? 3108),
};

/** Starts the provider; resolves with its process once it listens. */
export function startTestIdp(appOrigin) {
  const child = spawn(process.execPath, [join(ROOT, 'apps', 'api', 'test', 'support', 'oidc', 'oidc-provider-process.mjs')], {
    cwd: ROOT,
    env: {
      ...process.env,
      TEST_IDP_OPTIONS: JSON.stringify({
        port: TEST_IDP.port,
        clients: [{ clientId: TEST_IDP.clientId, clientSecret: TEST_IDP.clientSecret, redirectUris: [`${appOrigin}/auth/oidc/callback`] }],
      }),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // oidc-provider warns about its in-memory store at start; anything else is worth seeing.
  child.stderr.on('data', (chunk) => {
    if (!chunk.toString().includes('in-memory adapter')) process.stderr.write(`[test-idp] ${chunk}`);
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk.toString();
      if (output.includes('test-idp ready')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`the test identity provider exited with code ${code}: ${output}`)));
  });
}
