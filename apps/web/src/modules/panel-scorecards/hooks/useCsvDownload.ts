import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { JobComparisonCsvDocument, type CompetencyWeightInput } from '../../../generated/graphql';
import { describeError } from '../../errors';
import { downloadTextFile } from '../utils/download-file';

export type CsvState =
  { status: 'idle' } | { status: 'loading' } | { status: 'done'; fileName: string } | { status: 'failed'; message: string };

/** Asks the server for the comparison as CSV and saves it under the file name the server chose. */
export function useCsvDownload(jobId: string, weights: CompetencyWeightInput[] | null) {
  const client = useApolloClient();
  const [state, setState] = useState<CsvState>({ status: 'idle' });

  async function download() {
    setState({ status: 'loading' });
    try {
      const { data } = await client.query({
        query: JobComparisonCsvDocument,
        variables: weights ? { jobId, weights } : { jobId },
        fetchPolicy: 'no-cache',
      });
      const file = data?.jobComparisonCsv;
      if (!file) throw new Error('No file in the answer.');
      downloadTextFile(file.fileName, file.content);
      setState({ status: 'done', fileName: file.fileName });
    } catch (error) {
      setState({ status: 'failed', message: describeError(error).message });
    }
  }

  return { state, download };
}
