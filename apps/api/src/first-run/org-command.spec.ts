import { parseOrgCommand, UsageError } from './org-command';

const problem = (argv: string[]) => {
  try {
    parseOrgCommand(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`accepted ${argv.join(' ')}`);
};

describe('npm run org: the command line', () => {
  it('reads create with --flag value and --flag=value, trimming values', () => {
    expect(parseOrgCommand(['create', '--name', ' Acme Hiring ', '--admin-email=ada@acme.test'])).toEqual({
      command: 'create',
      name: 'Acme Hiring',
      adminEmail: 'ada@acme.test',
      adminName: undefined,
    });
    expect(parseOrgCommand(['create', '--admin-name', 'Ada Lovelace', '--admin-email', 'ada@acme.test', '--name', 'Acme'])).toEqual({
      command: 'create',
      name: 'Acme',
      adminEmail: 'ada@acme.test',
      adminName: 'Ada Lovelace',
    });
  });

  it('reads invite-admin and list', () => {
    expect(parseOrgCommand(['invite-admin', '--org', 'acme', '--admin-email', 'ada@acme.test'])).toEqual({
      command: 'invite-admin',
      org: 'acme',
      adminEmail: 'ada@acme.test',
      adminName: undefined,
    });
    expect(parseOrgCommand(['list'])).toEqual({ command: 'list' });
  });

  it('names what is wrong with a command line', () => {
    expect(problem([])).toBe('no command given');
    expect(problem(['rename'])).toBe('unknown command "rename"');
    expect(problem(['toString'])).toBe('unknown command "toString"');
    expect(problem(['create', '--name', 'Acme'])).toBe('--admin-email is required');
    expect(problem(['create', '--admin-email', 'ada@acme.test'])).toBe('--name is required');
    expect(problem(['create', '--name=', '--admin-email', 'ada@acme.test'])).toBe('--name is required');
    expect(problem(['create', '--name', 'Acme', '--admin-email'])).toBe('--admin-email needs a value');
    expect(problem(['create', '--name', '--admin-email', 'ada@acme.test'])).toBe('--name needs a value');
    expect(problem(['create', '--name', 'Acme', '--admin-email', 'ada'])).toBe('--admin-email "ada" is not an email address');
    expect(problem(['create', '--name', 'Acme', '--admin-email', 'a b@acme.test'])).toMatch(/is not an email address/);
    expect(problem(['create', '--name', 'x'.repeat(121), '--admin-email', 'ada@acme.test'])).toBe(
      '--name must have at most 120 characters',
    );
    expect(problem(['create', '--name', 'Acme', '--admin-email', 'ada@acme.test', '--admin-name', ''])).toBe(
      '--admin-name must have 1 to 120 characters',
    );
    expect(problem(['create', '--name', 'Acme', '--admin-email', 'ada@acme.test', '--role', 'ADMIN'])).toBe('create does not take --role');
    expect(problem(['create', 'Acme'])).toBe('unexpected argument "Acme"');
    expect(problem(['invite-admin', '--admin-email', 'ada@acme.test'])).toBe('--org <slug> is required');
    expect(problem(['list', '--org', 'acme'])).toBe('list does not take --org');
  });
});
