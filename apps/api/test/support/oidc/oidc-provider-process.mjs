// A real OpenID Connect provider (oidc-provider 8) for the single sign-on tests, run as its own Node
// process: oidc-provider is ESM-only, which jest cannot load in-process.
//
// Options come as JSON in TEST_IDP_OPTIONS: { port (0: any free port), clients: [{ clientId,
// clientSecret, redirectUris }], accounts: [{ email, name, emailVerified, password, sub }] }.
// Prints "test-idp ready <issuer>" once it listens on 127.0.0.1. People sign in on its own small
// login form (email + password); consent is pre-granted, as for a first-party application.
// POST /__test/accounts { email, name, emailVerified, password?, sub? } adds a person at run time.
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const DEFAULT_PASSWORD = 'idp-password';

const options = JSON.parse(process.env.TEST_IDP_OPTIONS ?? '{}');
/** email (lowercase) → account; sub → account. */
const accountsByEmail = new Map();
const accountsBySub = new Map();

function addAccount({ email, name = email, emailVerified = true, password = DEFAULT_PASSWORD, sub = randomUUID() }) {
  const account = { sub, email, name, emailVerified, password };
  accountsByEmail.set(email.toLowerCase(), account);
  accountsBySub.set(sub, account);
  return account;
}
(options.accounts ?? []).forEach(addAccount);

const escapeHtml = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

function loginPage(uid, clientId, error) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test identity provider - sign in</title></head>
<body><main>
<h1>Test identity provider</h1>
<p>Sign in to continue to ${escapeHtml(clientId)}.</p>
${error ? `<p role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/interaction/${escapeHtml(uid)}">
<label>Email <input type="email" name="email" autocomplete="username" required></label>
<label>Password <input type="password" name="password" autocomplete="current-password" required></label>
<button type="submit">Sign in</button>
</form>
</main></body></html>`;
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function sendHtml(res, status, html) {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(html);
}

const server = createServer();
await new Promise((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: (options.clients ?? []).map((client) => ({
    client_id: client.clientId,
    client_secret: client.clientSecret,
    redirect_uris: client.redirectUris,
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: client.tokenEndpointAuthMethod ?? 'client_secret_post',
  })),
  jwks: {
    keys: [{ ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }), use: 'sig', kid: 'test-idp' }],
  },
  cookies: { keys: [randomBytes(32).toString('hex')] },
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  // Put the email claims in the ID token itself, as most enterprise identity providers do.
  conformIdTokenClaims: false,
  pkce: { required: () => true },
  features: { devInteractions: { enabled: false } },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  async findAccount(_ctx, sub) {
    const account = accountsBySub.get(sub);
    if (!account) return undefined;
    return {
      accountId: sub,
      claims: () => ({ sub, email: account.email, email_verified: account.emailVerified, name: account.name }),
    };
  },
  // Consent is implied for the application under test: grant what it asks for.
  async loadExistingGrant(ctx) {
    const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid email profile');
    await grant.save();
    return grant;
  },
});

const handleProvider = provider.callback();

async function handleInteraction(req, res, uid) {
  const details = await provider.interactionDetails(req, res);
  if (details.uid !== uid) return sendHtml(res, 400, '<p>Unknown sign-in attempt.</p>');
  if (req.method === 'GET') return sendHtml(res, 200, loginPage(uid, details.params.client_id));
  const form = new URLSearchParams(await readBody(req));
  const account = accountsByEmail.get(String(form.get('email') ?? '').toLowerCase());
  if (!account || account.password !== form.get('password')) {
    return sendHtml(res, 200, loginPage(uid, details.params.client_id, 'Unknown email or wrong password.'));
  }
  await provider.interactionFinished(req, res, { login: { accountId: account.sub } }, { mergeWithLastSubmission: false });
}

server.on('request', (req, res) => {
  const url = new URL(req.url ?? '/', issuer);
  const interaction = /^\/interaction\/([\w-]+)$/.exec(url.pathname);
  const handled = interaction
    ? handleInteraction(req, res, interaction[1])
    : url.pathname === '/__test/accounts' && req.method === 'POST'
      ? readBody(req).then((body) => {
          const { sub, email } = addAccount(JSON.parse(body));
          res.writeHead(201, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ sub, email }));
        })
      : Promise.resolve(handleProvider(req, res));
  handled.catch((error) => {
    console.error(`[test-idp] ${error instanceof Error ? error.stack : error}`);
    if (!res.headersSent) sendHtml(res, 500, '<p>The test identity provider failed.</p>');
  });
});

process.on('SIGTERM', () => server.close(() => process.exit(0)));
process.on('SIGINT', () => server.close(() => process.exit(0)));
console.log(`test-idp ready ${issuer}`);
