import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { CandidateExportDocument } from '../../../generated/graphql';
import { downloadTextFile } from '../../panel-scorecards';
import { describeError } from '../../errors';

export type ExportState =
  { status: 'idle' } | { status: 'loading' } | { status: 'done'; fileName: string } | { status: 'failed'; message: string };

/**
 * Downloads everything about one candidate as the API's JSON document, under the file name the API
 * chose (their id and the date, never their name). Never cached: each export is fresh and recorded.
 */
export function useCandidateExportDownload(candidateId: string) {
  const client = useApolloClient();
  const [state, setState] = useState<ExportState>({ status: 'idle' });

  async function download() {
    setState({ status: 'loading' });
    try {
      const { data } = await client.query({ query: CandidateExportDocument, variables: { candidateId }, fetchPolicy: 'no-cache' });
      const file = data?.candidateExport;
      if (!file) throw new Error('No file in the answer.');
      downloadTextFile(file.fileName, file.content, 'application/json;charset=utf-8');
      setState({ status: 'done', fileName: file.fileName });
    } catch (error) {
      setState({ status: 'failed', message: describeError(error).message });
    }
  }

  return { state, download };
}
