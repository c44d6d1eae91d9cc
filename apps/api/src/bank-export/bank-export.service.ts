import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { EXPORT_FILE_EXTENSIONS, EXPORT_MEDIA_TYPES, exportPage as exportChunk, type ExportFormat } from '@panelist/question-bank';
import { AppError } from '../common/errors/app-error';
import { exportCount, exportPage, exportSources, type ExportCursor } from './bank-export.repository';
import type { BankExportPageDto } from './dtos/bank-export.dto';

/** Questions in a page by default and at most: large enough for few round trips, small enough to show progress. */
export const EXPORT_PAGE_SIZE = 200;

@Injectable()
export class BankExportService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * One page of the organization's export. The statements are the same for every page: the page (one
   * more row than asked, to know whether it is the last), the counts, and for JSON the sources.
   */
  async page(
    organizationId: string,
    format: ExportFormat,
    after: string | undefined,
    first = EXPORT_PAGE_SIZE,
  ): Promise<BankExportPageDto> {
    const cursor = after ? decodeCursor(after) : null;
    const [found, counts] = await Promise.all([
      exportPage(this.db, organizationId, cursor, first + 1),
      exportCount(this.db, organizationId, cursor),
    ]);
    const page = found.slice(0, first);
    const last = found.length <= first;
    if (format === 'json' && page.length > 0) {
      const sources = await exportSources(
        this.db,
        organizationId,
        page.map((row) => row.id),
      );
      for (const row of page) row.draft.sources = sources.get(row.id) ?? [];
    }
    const chunk = exportChunk(
      format,
      page.map((row) => row.draft),
      { first: cursor === null, last, previousCategory: cursor?.category ?? null },
    );
    const end = page[page.length - 1];
    return {
      chunk,
      exported: counts.before + page.length,
      total: counts.total,
      nextCursor: last || !end ? null : encodeCursor({ category: end.draft.category, id: end.id }),
      fileName: `bank.${EXPORT_FILE_EXTENSIONS[format]}`,
      mediaType: EXPORT_MEDIA_TYPES[format],
    };
  }

  /** The whole export, page by page (the CLI writes each page as it comes). */
  async *pages(organizationId: string, format: ExportFormat): AsyncGenerator<BankExportPageDto> {
    let after: string | undefined;
    do {
      const page = await this.page(organizationId, format, after);
      yield page;
      after = page.nextCursor ?? undefined;
    } while (after);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// The cursor is the last question's place in the export order. It only ever selects within the
// caller's own organization, so a made-up cursor can do no more than skip questions of their own.
function encodeCursor(cursor: ExportCursor): string {
  return Buffer.from(JSON.stringify([cursor.category, cursor.id])).toString('base64url');
}

function decodeCursor(after: string): ExportCursor {
  try {
    const [category, id] = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as unknown[];
    if (Array.isArray(category) && category.every((part) => typeof part === 'string') && typeof id === 'string' && UUID.test(id)) {
      return { category: category, id };
    }
  } catch {
    // falls through to the error below
  }
  throw AppError.badInput('after', 'The export cursor is not one this server gave out; start the export again.');
}
