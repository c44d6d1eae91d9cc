import { useApolloClient } from '@apollo/client/react';
import { useCallback, useRef, useState } from 'react';
import { describeError, type Problem } from '../../errors';
import type { BankExportFormat } from '../../../generated/graphql';

export type BankExportState =
  | { status: 'idle' }
  | { status: 'exporting'; exported: number; total: number | null }
  | { status: 'done'; exported: number; fileName: string }
  | { status: 'failed'; problem: Problem };

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
 * Runs an export (utils/export-bank.ts, downloaded with the first export), reporting progress, then
 * downloads the file. Organization-scoped by the server; the person picks the format.
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
      try {
        const { exportBank } = await import('../utils/export-bank');
        const file = await exportBank(client, format, (exported, total) => setState({ status: 'exporting', exported, total }));
        download(file.chunks, file.fileName, file.mediaType);
        setState({ status: 'done', exported: file.exported, fileName: file.fileName });
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
