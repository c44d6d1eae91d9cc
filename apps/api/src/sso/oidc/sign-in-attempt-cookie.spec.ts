import { SignInAttemptSealer, type SignInAttempt } from './sign-in-attempt-cookie';

const SECRET = 'a'.repeat(64);
const attempt: SignInAttempt = {
  organizationId: '00000000-0000-4000-8000-000000000001',
  issuer: 'https://idp.example.com',
  state: 'state',
  nonce: 'nonce',
  codeVerifier: 'verifier',
  redirect: '/jobs',
  expiresAt: Date.now() + 60_000,
};

describe('SignInAttemptSealer', () => {
  const sealer = new SignInAttemptSealer(SECRET);

  it('opens what it sealed, without showing the verifier in the cookie', () => {
    const sealed = sealer.seal(attempt);
    expect(sealed).not.toContain('verifier');
    expect(sealer.unseal(sealed)).toEqual(attempt);
  });

  it('refuses a cookie with one changed character', () => {
    const sealed = sealer.seal(attempt);
    const body = sealed.split('.')[2];
    const flipped = body.slice(0, 5) + (body[5] === 'A' ? 'B' : 'A') + body.slice(6);
    expect(sealer.unseal(sealed.replace(body, flipped))).toBeNull();
  });

  it('refuses a cookie sealed with another secret, an expired one and garbage', () => {
    expect(new SignInAttemptSealer('b'.repeat(64)).unseal(sealer.seal(attempt))).toBeNull();
    expect(sealer.unseal(sealer.seal(attempt), attempt.expiresAt + 1)).toBeNull();
    expect(sealer.unseal('not.a.cookie')).toBeNull();
    expect(sealer.unseal(undefined)).toBeNull();
  });
});
