import { useApolloClient } from '@apollo/client/react';
import { useCallback, useRef, useState } from 'react';
import { describeError, type Problem } from '../../errors';
import { BankExportDocument, type BankExportFormat, type BankExportQuery } from '../../../generated/graphql';

export type BankExportState =
  | { status: 'idle' }
  | { status: 'exporting'; exported: number; total: number | null }
  | { status: 'done'; exported: number; fileName: string }
  | { status: 'failed'; problem: Problem };

/** Questions asked for per request: the most the server gives, so a 10,000-question bank is 50 requests. */
export const EXPORT_PAGE_SIZE = 200;

/** Hands a file to the browser's downloads (an object URL on a temporary link). */
export function downloadFile(content: BlobPart[], fileName: string, mediaType: string): void {
  const url = URL.createObjectURL(new Blob(content, { type: `${mediaType};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL; it can go once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Loads the export page by page (never cached: each export is a fresh read of the bank), reporting
 * progress, then downloads the file. Organization-scoped by the server; the person picks the format.
 */
export function useBankExport(download: typeof downloadFile = downloadFile) {
  const client = useApolloClient();
  const [state, setState] = useState<BankExportState>({ status: 'idle' });
  const running = useRef(false);

  const start = useCallback(
    async (format: BankExportFormat) => {
      if (running.current) return;
      running.current = true;
      setState({ status: 'exporting', exported: 0, total: null });
      const chunks: string[] = [];
      try {
        let after: string | null = null;
        let fileName = 'bank';
        let mediaType = 'text/plain';
        let exported = 0;
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
          setState({ status: 'exporting', exported, total: page.total });
        } while (after);
        download(chunks, fileName, mediaType);
        setState({ status: 'done', exported, fileName });
      } catch (error) {
        setState({ status: 'failed', problem: describeError(error) });
      } finally {
        running.current = false;
      }
    },
    [client, download],
  );

  return { state, start };
}
