import type { ApolloClient } from '@apollo/client';
import { BankExportDocument, type BankExportFormat, type BankExportQuery } from '../../../generated/graphql';

/** Questions asked for per request: the most the server gives, so a 10,000-question bank is 50 requests. */
export const EXPORT_PAGE_SIZE = 200;

export interface ExportedBank {
  chunks: string[];
  exported: number;
  fileName: string;
  mediaType: string;
}

/**
 * Loads the export page by page (never cached: each export is a fresh read of the bank), reporting the
 * progress after each page. A module of its own, loaded on the first export (useBankExport): most
 * visits to the bank never export, and every one downloads the page's code.
 */
export async function exportBank(
  client: ApolloClient,
  format: BankExportFormat,
  onProgress: (exported: number, total: number) => void,
): Promise<ExportedBank> {
  const chunks: string[] = [];
  let after: string | null = null;
  // Each page repeats them; the last one's are the answer.
  let fileName: string;
  let mediaType: string;
  let exported: number;
  do {
    const { data }: { data?: BankExportQuery } = await client.query({
      query: BankExportDocument,
      variables: { format, after, first: EXPORT_PAGE_SIZE },
      fetchPolicy: 'no-cache',
    });
    if (!data) throw new Error('no data');
    const page: BankExportQuery['bankExport'] = data.bankExport;
    chunks.push(page.chunk);
    ({ fileName, mediaType, exported } = page);
    after = page.nextCursor ?? null;
    onProgress(exported, page.total);
  } while (after);
  return { chunks, exported, fileName, mediaType };
}
