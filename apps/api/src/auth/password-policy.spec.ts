import { passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  it('accepts a long, uncommon password', () => {
    expect(passwordProblem('violet kettle under rain', { email: 'ana@corp.test', name: 'Ana Lima' })).toBeNull();
  });

  it('refuses short and overlong passwords, naming the limit', () => {
    expect(passwordProblem('short1!')).toBe('Password must be at least 10 characters.');
    expect(passwordProblem('x'.repeat(150) + 'y'.repeat(51))).toBe('Password must be at most 200 characters.');
  });

  it.each(['1234567890', 'qwertyuiop', 'Password123', 'password123!', 'Basketball', 'aaaaaaaaaaaa'])(
    'refuses the common password %s',
    (password) => {
      expect(passwordProblem(password)).toMatch(/most common/);
    },
  );

  it('refuses the email or name, however it is written', () => {
    expect(passwordProblem('Future.CFO@corp.test', { email: 'future.cfo@corp.test' })).toMatch(/email address or name/);
    expect(passwordProblem('futurecfo1', { email: 'future.cfo@corp.test' })).toMatch(/email address or name/);
    expect(passwordProblem('Ana-Lima-2026', { name: 'Ana Lima' })).toMatch(/email address or name/);
  });
});
