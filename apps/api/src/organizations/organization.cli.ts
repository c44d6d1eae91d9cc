import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { type DynamicModule, Global, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule, getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { dataSourceOptions } from '@panelist/db';
import { AuditModule } from '../audit/audit.module';
import { BackgroundJobsModule } from '../common/jobs/jobs.module';
import { MailModule } from '../mail/mail.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/errors/app-error';
import { ThrottlingModule } from '../common/throttling/throttling.module';
import { APP_CONFIG, loadConfig, type AppConfig } from '../config/app-config';
import { InvitationsService } from '../members/invitations.service';
import { OrganizationsModule } from './organizations.module';
import * as organizations from './organizations.repository';
import { OrganizationsService } from './organizations.service';
import { ORG_USAGE, parseOrgCommand, UsageError } from '../first-run/org-command';

// The operator's side of organizations, for a fresh install and for recovery:
//   npm run org -- create --name <organization> --admin-email <email> [--admin-name <name>]
//   npm run org -- invite-admin --org <slug> --admin-email <email> [--admin-name <name>]
//   npm run org -- list
// Inside the Docker image: docker compose exec api npm run org -- create ... (or
// node -r ./tools/ts-register.cjs apps/api/src/organizations/organization.cli.ts create ...).

@Global()
@Module({})
class OrganizationCliModule {
  static forConfig(config: AppConfig): DynamicModule {
    return {
      module: OrganizationCliModule,
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
      imports: [
        // One attempt: an operator at a terminal wants the connection error now, not after retries.
        TypeOrmModule.forRoot({ ...dataSourceOptions(config.databaseUrl), retryAttempts: 0 }),
        // The sign-in resolvers that OrganizationsModule brings along are throttled; nothing is served here.
        ThrottlingModule.forRoot(config),
        // The audit retention job registers with the queue; BACKGROUND_JOBS=false keeps it from starting here.
        BackgroundJobsModule,
        // An invitation is also emailed when SMTP_URL is set: written to the outbox, sent by a running app.
        MailModule,
        NotificationsModule,
        AuditModule,
        OrganizationsModule,
      ],
    };
  }
}

/** Who the audit trail names for what this command does (there is no signed-in person). */
const OPERATOR = 'operator (command line)';

const when = (date: Date) => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

function printLink(config: AppConfig, link: { inviteUrl: string; expiresAt: Date }, email: string, organizationName: string): void {
  console.log(
    `org: ${email} becomes an admin of ${organizationName} by opening this one-time link (valid until ${when(new Date(link.expiresAt))}):`,
  );
  console.log('');
  console.log(`  ${link.inviteUrl}`);
  console.log('');
  console.log(
    'org: they choose a password there (someone with a Panelist account signs in to accept). Anyone holding the link can use it: send it privately.',
  );
  if (!process.env.PUBLIC_URL) {
    console.log(`org: PUBLIC_URL is not set, so the link starts with ${config.publicUrl}; set PUBLIC_URL to the address people open.`);
  }
}

async function list(db: DataSource): Promise<void> {
  const rows = await organizations.list(db);
  if (rows.length === 0) {
    console.log('org: no organization yet. Create the first one: npm run org -- create --name <organization> --admin-email <email>');
    return;
  }
  const table = [
    ['slug', 'name', 'members', 'invited'],
    ...rows.map((row) => [row.slug, row.name, String(row.members), String(row.invited)]),
  ];
  const widths = table[0].map((_, column) => Math.max(...table.map((row) => row[column].length)));
  for (const row of table)
    console.log(
      row
        .map((cell, column) => cell.padEnd(widths[column]))
        .join('  ')
        .trimEnd(),
    );
}

/**
 * A fresh admin link for an existing organization: a new invited admin, or a new link (and the
 * admin role) for someone whose invitation is still pending. Members who already joined are left
 * to the organization's admins: the CLI never changes what an accepted membership is.
 */
async function inviteAdmin(
  db: DataSource,
  services: { invitations: InvitationsService; audit: AuditService },
  input: { org: string; adminEmail: string; adminName?: string },
) {
  const { invitations, audit } = services;
  return db.transaction(async (tx) => {
    const organization = await organizations.lockBySlug(tx, input.org);
    if (!organization)
      throw new AppError('NOT_FOUND', `No organization has the slug "${input.org}" (npm run org -- list shows them).`, 'org');
    const existing = await organizations.memberByEmail(tx, organization.id, input.adminEmail);
    if (existing && existing.status !== 'INVITED') {
      const state = existing.status === 'ACTIVE' ? 'an active' : 'a deactivated';
      throw AppError.conflict(
        `${input.adminEmail} is already ${state} member of ${organization.name}; its admins change roles and reactivate members on the Members page.`,
        'email',
      );
    }
    let link: { url: string; expiresAt: Date };
    if (existing) {
      await organizations.makeAdmin(tx, existing.id);
      link = await invitations.issue(tx, existing.id, null);
      await audit.record(
        {
          organizationId: organization.id,
          actorLabel: OPERATOR,
          action: 'invitation.reissued',
          target: { type: 'member', id: existing.id },
          details: { email: input.adminEmail, role: 'ADMIN', previousRole: existing.role },
        },
        tx,
      );
    } else {
      const name = input.adminName ?? input.adminEmail.split('@')[0];
      link = await invitations.invite(tx, {
        organizationId: organization.id,
        email: input.adminEmail,
        name,
        role: 'ADMIN',
        createdBy: null,
      });
    }
    return { organizationName: organization.name, inviteUrl: link.url, expiresAt: link.expiresAt };
  });
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === 'help' || argv.includes('--help') || argv.includes('-h')) return console.log(ORG_USAGE);
  const command = parseOrgCommand(argv);
  if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL is not set (npm run org sets it, for the embedded database too)');
  // The CLI signs no session: a production environment without JWT_SECRET may still run it. Its
  // output is for the operator: the audit trail goes to the database, not as JSON lines here.
  const config = loadConfig({
    ...process.env,
    JWT_SECRET: process.env.JWT_SECRET || randomBytes(32).toString('hex'),
    AUDIT_LOG: 'off',
    BACKGROUND_JOBS: 'false',
  });
  // Errors reach the operator once, as one line (below), not as Nest's stack traces.
  const app = await NestFactory.createApplicationContext(OrganizationCliModule.forConfig(config), { logger: false, abortOnError: false });
  try {
    const db = app.get<DataSource>(getDataSourceToken());
    if (command.command === 'list') return await list(db);
    if (command.command === 'invite-admin') {
      const link = await inviteAdmin(db, { invitations: app.get(InvitationsService), audit: app.get(AuditService) }, command);
      return printLink(config, link, command.adminEmail, link.organizationName);
    }
    const created = await app
      .get(OrganizationsService)
      .createWithFirstAdmin({ name: command.name, adminEmail: command.adminEmail, adminName: command.adminName });
    console.log(`org: created ${created.organization.name} (slug ${created.organization.slug}).`);
    printLink(config, created, command.adminEmail, created.organization.name);
  } finally {
    await app.close();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`org: ${error.message}\n\n${ORG_USAGE}`);
      process.exit(2);
    }
    console.error(`org: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
