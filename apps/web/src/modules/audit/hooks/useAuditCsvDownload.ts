import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { AuditEventsCsvDocument, type AuditFilterInput } from '../../../generated/graphql';
import { downloadTextFile } from '../../panel-scorecards';
import { describeError } from '../../errors';

export type AuditCsvState =
  { status: 'idle' } | { status: 'loading' } | { status: 'done'; fileName: string } | { status: 'failed'; message: string };

/** Asks the server for the filtered trail as CSV and saves it under the file name the server chose. */
export function useAuditCsvDownload(filter: AuditFilterInput) {
  const client = useApolloClient();
  const [state, setState] = useState<AuditCsvState>({ status: 'idle' });

  async function download() {
    setState({ status: 'loading' });
    try {
      const { data } = await client.query({ query: AuditEventsCsvDocument, variables: { filter }, fetchPolicy: 'no-cache' });
      const file = data?.auditEventsCsv;
      if (!file) throw new Error('No file in the answer.');
      downloadTextFile(file.fileName, file.content);
      setState({ status: 'done', fileName: file.fileName });
    } catch (error) {
      setState({ status: 'failed', message: describeError(error).message });
    }
  }

  return { state, download };
}
