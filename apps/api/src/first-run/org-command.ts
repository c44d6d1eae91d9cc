// The command line of `npm run org` (apps/api/src/organizations/organization.cli.ts), checked before
// anything touches the database: a mistake prints the usage and exits with code 2.

export const ORG_USAGE = `usage: npm run org -- create --name <organization> --admin-email <email> [--admin-name <name>]
       npm run org -- invite-admin --org <slug> --admin-email <email> [--admin-name <name>]
       npm run org -- list

create        a new organization and a one-time invitation link for its first admin
invite-admin  a new admin invitation link for an existing organization (for instance when the first
              admin's link expired or nobody can administer it any more); earlier links stop working
list          every organization: slug, name, active members and pending invitations
The link starts with PUBLIC_URL; the database is DATABASE_URL, else the embedded one.`;

/** A mistake in the command line: printed with the usage, exit code 2. */
export class UsageError extends Error {}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type OrgCommand =
  | { command: 'list' }
  | { command: 'create'; name: string; adminEmail: string; adminName?: string }
  | { command: 'invite-admin'; org: string; adminEmail: string; adminName?: string };

const FLAGS: Record<string, string[]> = {
  create: ['name', 'admin-email', 'admin-name'],
  'invite-admin': ['org', 'admin-email', 'admin-name'],
  list: [],
};

/** `--flag value` and `--flag=value`; unknown flags and flags without a value are mistakes. */
function readFlags(command: string, args: string[]): Record<string, string> {
  const flags: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const match = /^--([a-z-]+)(?:=(.*))?$/s.exec(args[i]);
    if (!match) throw new UsageError(`unexpected argument "${args[i]}"`);
    const [, flag, inline] = match;
    if (!FLAGS[command].includes(flag)) throw new UsageError(`${command} does not take --${flag}`);
    const value = inline ?? args[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new UsageError(`--${flag} needs a value`);
    flags[flag] = value.trim();
  }
  return flags;
}

function adminFields(flags: Record<string, string>): { adminEmail: string; adminName?: string } {
  const adminEmail = flags['admin-email'];
  if (!adminEmail) throw new UsageError('--admin-email is required');
  if (adminEmail.length > 254 || !EMAIL.test(adminEmail)) throw new UsageError(`--admin-email "${adminEmail}" is not an email address`);
  const adminName = flags['admin-name'];
  if (adminName !== undefined && (adminName.length < 1 || adminName.length > 120))
    throw new UsageError('--admin-name must have 1 to 120 characters');
  return { adminEmail, adminName };
}

export function parseOrgCommand(argv: string[]): OrgCommand {
  const [command, ...args] = argv;
  if (!command) throw new UsageError('no command given');
  if (!Object.hasOwn(FLAGS, command)) throw new UsageError(`unknown command "${command}"`);
  const flags = readFlags(command, args);
  if (command === 'list') return { command };
  if (command === 'invite-admin') {
    if (!flags.org) throw new UsageError('--org <slug> is required');
    return { command, org: flags.org, ...adminFields(flags) };
  }
  const name = flags.name;
  if (!name) throw new UsageError('--name is required');
  if (name.length > 120) throw new UsageError('--name must have at most 120 characters');
  return { command: 'create', name, ...adminFields(flags) };
}
