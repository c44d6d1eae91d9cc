import { JwtService } from '@nestjs/jwt';
import { SESSION_AUDIENCE, sessionTokenVerifier } from './session-token';

const config = { jwtSecret: 'spec-secret-0123456789abcdefghijklmnopqrstuvwxyz', publicUrl: 'https://panelist.example' };
const signer = new JwtService();

function token(claims: object, options: { secret?: string; issuer?: string; audience?: string; expiresIn?: number } = {}) {
  return signer.sign(claims, {
    secret: options.secret ?? config.jwtSecret,
    algorithm: 'HS256',
    issuer: options.issuer ?? config.publicUrl,
    audience: options.audience ?? SESSION_AUDIENCE,
    expiresIn: options.expiresIn ?? 3600,
  });
}

describe('sessionTokenVerifier', () => {
  afterEach(() => jest.restoreAllMocks());

  it('answers the account and session of a token this API signed', () => {
    expect(sessionTokenVerifier(config)(token({ sub: 'user-1', sid: 'session-1', extra: 'ignored' }))).toEqual({
      sub: 'user-1',
      sid: 'session-1',
    });
  });

  it('refuses another secret, issuer or audience, an expired token, a token without a session, and garbage', () => {
    const verify = sessionTokenVerifier(config);
    const claims = { sub: 'user-1', sid: 'session-1' };
    expect(verify(token(claims, { secret: 'another-secret-0123456789abcdefghijklmnopqrstuvwxyz' }))).toBeNull();
    expect(verify(token(claims, { issuer: 'https://elsewhere.example' }))).toBeNull();
    expect(verify(token(claims, { audience: 'another-app' }))).toBeNull();
    expect(verify(token(claims, { expiresIn: -10 }))).toBeNull();
    expect(verify(token({ sub: 'user-1' }))).toBeNull();
    expect(verify('not.a.token')).toBeNull();
    // "alg: none" with the same claims: unsigned.
    const [, body] = token(claims).split('.');
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${body}.`;
    expect(verify(unsigned)).toBeNull();
  });

  it('checks a token’s signature once, however often the same cookie comes back, and shares that across its users', () => {
    const signed = token({ sub: 'user-2', sid: 'session-2' });
    const checks = jest.spyOn(JwtService.prototype, 'verify');
    const first = sessionTokenVerifier(config);
    expect(first(signed)?.sid).toBe('session-2');
    expect(sessionTokenVerifier({ ...config })(signed)?.sid).toBe('session-2');
    expect(first(signed)?.sid).toBe('session-2');
    expect(checks).toHaveBeenCalledTimes(1);
  });

  it('stops answering for a remembered token once it expires', () => {
    const signed = token({ sub: 'user-3', sid: 'session-3' }, { expiresIn: 60 });
    const verify = sessionTokenVerifier(config);
    expect(verify(signed)?.sid).toBe('session-3');
    const now = Date.now();
    jest.spyOn(Date, 'now').mockReturnValue(now + 61_000);
    expect(verify(signed)).toBeNull();
  });

  it('never answers a token signed with another secret from what it remembered for this one', () => {
    const claims = { sub: 'user-4', sid: 'session-4' };
    const signed = token(claims);
    expect(sessionTokenVerifier(config)(signed)?.sid).toBe('session-4');
    expect(sessionTokenVerifier({ ...config, jwtSecret: 'rotated-secret-0123456789abcdefghijklmnopqrstuvwxyz' })(signed)).toBeNull();
  });
});
