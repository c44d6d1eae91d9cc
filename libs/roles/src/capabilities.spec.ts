import { ROLES, canManageMembers, canReadMembers, isRole, ROLE_CAPABILITIES } from './index';

describe('roles', () => {
  it('only admins manage members', () => {
    expect(ROLES.filter(canManageMembers)).toEqual(['ADMIN']);
  });

  it('interviewers cannot list members; the other roles can', () => {
    expect(ROLES.filter((role) => !canReadMembers(role))).toEqual(['INTERVIEWER']);
  });

  it('describes every area for every role', () => {
    for (const role of ROLES) {
      expect(Object.values(ROLE_CAPABILITIES[role]).every((text) => text.length > 0)).toBe(true);
    }
  });

  it('rejects unknown role names', () => {
    expect(isRole('HIRING_MANAGER')).toBe(true);
    expect(isRole('OWNER')).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });
});
