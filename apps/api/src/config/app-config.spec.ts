import { loadConfig } from './app-config';

const base = { DATABASE_URL: 'postgres://localhost/panelist' };

describe('loadConfig: ALLOW_ORGANIZATION_CREATION', () => {
  it('lets anyone signed in create an organization by default', () => {
    expect(loadConfig(base).organizationCreation).toBe('everyone');
    expect(loadConfig({ ...base, ALLOW_ORGANIZATION_CREATION: 'true' }).organizationCreation).toBe('everyone');
    expect(loadConfig({ ...base, ALLOW_ORGANIZATION_CREATION: '' }).organizationCreation).toBe('everyone');
  });

  it('restricts it to admins, or to the CLI', () => {
    expect(loadConfig({ ...base, ALLOW_ORGANIZATION_CREATION: 'admins' }).organizationCreation).toBe('admins');
    expect(loadConfig({ ...base, ALLOW_ORGANIZATION_CREATION: ' FALSE ' }).organizationCreation).toBe('cli');
  });

  it('refuses to start on any other value, saying which values it takes', () => {
    expect(() => loadConfig({ ...base, ALLOW_ORGANIZATION_CREATION: 'no' })).toThrow(/ALLOW_ORGANIZATION_CREATION must be true .* admins .* or false .*got "no"/);
    expect(() => loadConfig({ ...base, ALLOW_ORGANIZATION_CREATION: 'yes' })).toThrow(/ALLOW_ORGANIZATION_CREATION/);
  });
});
