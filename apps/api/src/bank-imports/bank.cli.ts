import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule, getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { dataSourceOptions } from '@panelist/db';
import { BANK_FORMATS, isBankParseError, parseBank, type BankFormat } from '@panelist/question-bank';
import { AppError } from '../common/errors/app-error';
import { BankImportsModule } from './bank-imports.module';
import { organizationBySlug } from './bank-imports.repository';
import { BankImportsService } from './bank-imports.service';
import { AuditModule } from '../audit/audit.module';
import { EXPORT_USAGE, exportBankFile, exportFormat } from '../bank-export/bank-export.cli';

const USAGE = `usage: npm run bank -- parse <file> [--format seed-page|markdown|csv|json]
       npm run bank -- import <file> [--org <slug>] [--dry-run] [--if-empty] [--format ...]
       ${EXPORT_USAGE}`;

interface Options {
  command: string;
  file: string;
  org: string;
  format?: BankFormat;
  dryRun: boolean;
  ifEmpty: boolean;
}

function readOptions(argv: string[]): Options {
  const [command, file, ...rest] = argv;
  if (!command || !file || !['parse', 'import'].includes(command)) throw new Error(USAGE);
  const value = (flag: string) => {
    const index = rest.indexOf(flag);
    return index >= 0 ? rest[index + 1] : undefined;
  };
  const format = value('--format');
  if (format && !(BANK_FORMATS as readonly string[]).includes(format))
    throw new Error(`--format must be one of ${BANK_FORMATS.join(', ')}`);
  return {
    command,
    file,
    org: value('--org') ?? 'demo',
    format: format as BankFormat | undefined,
    dryRun: rest.includes('--dry-run'),
    ifEmpty: rest.includes('--if-empty'),
  };
}

@Module({})
class BankCliModule {
  static forDatabase(url: string) {
    return { module: BankCliModule, imports: [TypeOrmModule.forRoot(dataSourceOptions(url)), AuditModule, BankImportsModule] };
  }
}

async function importInto(options: Options, content: Buffer): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set');
  const app = await NestFactory.createApplicationContext(BankCliModule.forDatabase(url), { logger: ['error', 'warn'] });
  try {
    const db = app.get<DataSource>(getDataSourceToken());
    const organization = await organizationBySlug(db, options.org);
    if (!organization) throw new Error(`No organization with slug "${options.org}".`);
    if (options.ifEmpty && organization.questions > 0) {
      console.log(`bank: ${organization.name} already has ${organization.questions} questions; nothing imported.`);
      return;
    }
    const file = { fileName: basename(options.file), content, format: options.format };
    const { plan, result } = await app.get(BankImportsService).importFile(organization.id, file, { dryRun: options.dryRun });
    const s = plan.summary;
    console.log(
      `bank: ${options.dryRun ? 'would import' : 'imported'} ${file.fileName} into ${organization.name}: ` +
        `${s.new} new, ${s.merged} merged, ${s.possibleDuplicates} possible duplicates (kept; review them on Bank health), ` +
        `${s.unchanged} unchanged, ${s.skipped} skipped` +
        (result ? `; ${result.created} questions created, ${result.sourcesAdded} source references added.` : '.'),
    );
  } finally {
    await app.close();
  }
}

// `npm run bank -- parse x | head` closes our stdout early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

/** The value after a flag, if the flag is there. */
function flag(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === 'export') {
    const rest = argv.slice(1);
    await exportBankFile({ org: flag(rest, '--org'), format: exportFormat(flag(rest, '--format')), out: flag(rest, '--out') });
    return;
  }
  const options = readOptions(argv);
  const content = readFileSync(options.file);
  if (options.command === 'parse') {
    const parsed = parseBank(content, { fileName: basename(options.file), format: options.format });
    process.stdout.write(`${JSON.stringify(parsed, null, 2)}\n`);
    return;
  }
  await importInto(options, content);
}

main().catch((error: unknown) => {
  const message = isBankParseError(error) || error instanceof AppError || error instanceof Error ? error.message : String(error);
  console.error(`bank: ${message}`);
  process.exit(1);
});
