import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';

/** How the next ID token is wrong; `valid` proves the others fail for their one defect only. */
export type IdTokenDefect = 'valid' | 'wrong-audience' | 'wrong-nonce' | 'foreign-signature';

/**
 * A deliberately small OpenID provider (node:http + jose) whose token endpoint can answer with a
 * well-signed ID token that is wrong in exactly one way — what a real provider never does, and what
 * a client must refuse. The authorization endpoint needs no login: it issues a code at once.
 */
export interface MisbehavingIssuer {
  issuer: string;
  clientId: string;
  clientSecret: string;
  answerWith(defect: IdTokenDefect): void;
  /** The subject and email the next ID tokens assert. */
  assert(person: { sub: string; email: string }): void;
  stop(): Promise<void>;
}

const KID = 'misbehaving-issuer';

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

export async function startMisbehavingIssuer(): Promise<MisbehavingIssuer> {
  const clientId = 'panelist-misbehaving';
  const clientSecret = 'misbehaving-client-secret';
  const signing = await generateKeyPair('RS256');
  const foreign = await generateKeyPair('RS256');
  const publicJwk = { ...(await exportJWK(signing.publicKey)), kid: KID, use: 'sig', alg: 'RS256' };
  const codes = new Map<string, { nonce: string }>();
  let defect: IdTokenDefect = 'valid';
  let person = { sub: 'subject-1', email: 'someone@misbehaving.test' };

  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function idToken(nonce: string): Promise<string> {
    const key: CryptoKey = defect === 'foreign-signature' ? foreign.privateKey : signing.privateKey;
    return new SignJWT({
      nonce: defect === 'wrong-nonce' ? 'nonce-of-another-sign-in' : nonce,
      email: person.email,
      email_verified: true,
      name: 'Misbehaving Person',
    })
      .setProtectedHeader({ alg: 'RS256', kid: KID })
      .setIssuer(issuer)
      .setSubject(person.sub)
      .setAudience(defect === 'wrong-audience' ? 'another-application' : clientId)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(key);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', issuer);
    switch (url.pathname) {
      case '/.well-known/openid-configuration':
        return json(res, 200, {
          issuer,
          authorization_endpoint: `${issuer}/authorize`,
          token_endpoint: `${issuer}/token`,
          jwks_uri: `${issuer}/jwks`,
          response_types_supported: ['code'],
          subject_types_supported: ['public'],
          id_token_signing_alg_values_supported: ['RS256'],
          code_challenge_methods_supported: ['S256'],
          token_endpoint_auth_methods_supported: ['client_secret_post'],
        });
      case '/jwks':
        return json(res, 200, { keys: [publicJwk] });
      case '/authorize': {
        const code = randomUUID();
        codes.set(code, { nonce: url.searchParams.get('nonce') ?? '' });
        const back = new URL(url.searchParams.get('redirect_uri') ?? '');
        back.searchParams.set('code', code);
        back.searchParams.set('state', url.searchParams.get('state') ?? '');
        res.writeHead(302, { location: back.href });
        return void res.end();
      }
      case '/token': {
        const form = await readForm(req);
        const grant = codes.get(form.get('code') ?? '');
        codes.delete(form.get('code') ?? '');
        if (!grant || form.get('client_id') !== clientId || form.get('client_secret') !== clientSecret) {
          return json(res, 400, { error: 'invalid_grant' });
        }
        return json(res, 200, { access_token: randomUUID(), token_type: 'Bearer', expires_in: 300, id_token: await idToken(grant.nonce) });
      }
      default:
        return json(res, 404, { error: 'not_found' });
    }
  }

  server.on('request', (req, res) => {
    handle(req, res).catch((error: unknown) => json(res, 500, { error: String(error) }));
  });

  return {
    issuer,
    clientId,
    clientSecret,
    answerWith: (next) => {
      defect = next;
    },
    assert: (next) => {
      person = next;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
