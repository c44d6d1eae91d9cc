import { createWriteStream, type WriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { Module } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { dataSourceOptions } from '@panelist/db';
import { EXPORT_FORMATS, type ExportFormat } from '@panelist/question-bank';
import { BankExportModule } from './bank-export.module';
import { organizations } from './bank-export.repository';
import { BankExportService } from './bank-export.service';

export const EXPORT_USAGE = 'npm run bank -- export [--org <slug>] [--format json|csv|md] [--out <file>]';

export interface ExportOptions {
  org?: string;
  format: ExportFormat;
  out?: string;
}

/** `--format md` is the file extension people type; the formats are json, csv and markdown. */
export function exportFormat(value: string | undefined): ExportFormat {
  const format = value === 'md' ? 'markdown' : (value ?? 'json');
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new Error(`--format must be json, csv or md\nusage: ${EXPORT_USAGE}`);
  return format as ExportFormat;
}

@Module({})
class BankExportCliModule {
  static forDatabase(url: string) {
    return { module: BankExportCliModule, imports: [TypeOrmModule.forRoot(dataSourceOptions(url)), BankExportModule] };
  }
}

/** Writes the organization's bank to --out (or stdout) page by page; progress goes to stderr. */
export async function exportBankFile(options: ExportOptions): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set');
  const app = await NestFactory.createApplicationContext(BankExportCliModule.forDatabase(url), { logger: ['error', 'warn'] });
  let file: WriteStream | null = null;
  try {
    const all = await organizations(app.get<DataSource>(getDataSourceToken()));
    const organization = options.org ? all.find((o) => o.slug === options.org) : all.length === 1 ? all[0] : undefined;
    if (!organization) {
      const slugs = all.map((o) => o.slug).join(', ') || 'none yet';
      throw new Error(
        options.org
          ? `No organization with slug "${options.org}" (organizations: ${slugs}).`
          : `Say which organization to export with --org <slug> (organizations: ${slugs}).`,
      );
    }
    file = options.out ? createWriteStream(options.out) : null;
    const output: NodeJS.WritableStream = file ?? process.stdout;
    let exported = 0;
    for await (const page of app.get(BankExportService).pages(organization.id, options.format)) {
      if (!output.write(page.chunk)) await new Promise<void>((resolve) => output.once('drain', () => resolve()));
      exported = page.exported;
    }
    if (file) {
      file.end();
      await finished(file);
    }
    console.error(
      `bank: exported ${exported} questions of ${organization.name} as ${options.format}${options.out ? ` to ${options.out}` : ''}.`,
    );
  } finally {
    file?.destroy();
    await app.close();
  }
}
