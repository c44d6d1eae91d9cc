import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  BankImportDocument,
  CommitBankImportDocument,
  DiscardBankImportDocument,
  type BankFormat,
  type BankImportFieldsFragment,
  type MarkdownInterpretation,
} from '../../../generated/graphql';
import { describeError } from '../../errors';
import { toDecisionInput, type Decisions } from '../utils/decisions';
import { UploadError, checkFile, uploadPreview, type UploadPhase } from '../utils/upload-preview';

/**
 * The import wizard's state: the chosen file and format, the upload (cancellable), and the preview in
 * the URL (?id=) with the reviewer's decisions, committed or discarded.
 */
export function useImportWizard() {
  const client = useApolloClient();
  const [params, setParams] = useSearchParams();
  const importId = params.get('id');
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<BankFormat | ''>('');
  const [fileError, setFileError] = useState<string | null>(null);
  const [phase, setPhase] = useState<UploadPhase | null>(null);
  const abortRef = useRef<AbortController | null>(null);
  const [decisions, setDecisions] = useState<Decisions>(new Map());
  const [actionError, setActionError] = useState<string | null>(null);
  const [reinterpreting, setReinterpreting] = useState(false);
  const { data, error, loading } = useQuery(BankImportDocument, { variables: { id: importId ?? '' }, skip: !importId });
  const [commit, { loading: committing }] = useMutation(CommitBankImportDocument);
  const [discard, { loading: discarding }] = useMutation(DiscardBankImportDocument);

  useEffect(() => () => abortRef.current?.abort(), []);

  function choose(chosen: File) {
    setFile(chosen);
    setFileError(checkFile(chosen));
  }

  async function upload() {
    if (!file) return;
    const local = checkFile(file);
    setFileError(local);
    if (local) return;
    const controller = new AbortController();
    abortRef.current = controller;
    try {
      const preview = await uploadPreview(file, format || null, setPhase, controller.signal);
      client.writeQuery({ query: BankImportDocument, variables: { id: preview.id }, data: { bankImport: preview } });
      setDecisions(new Map());
      setActionError(null);
      setParams({ id: preview.id });
    } catch (caught) {
      if (caught instanceof UploadError && caught.code === 'ABORTED') setFileError(null);
      else setFileError(caught instanceof Error ? caught.message : 'The file could not be uploaded.');
    } finally {
      abortRef.current = null;
      setPhase(null);
    }
  }

  /**
   * Reads the same file again another way: a new preview replaces the shown one (which is discarded),
   * and committing applies exactly what the new preview shows.
   */
  async function reinterpret(previous: BankImportFieldsFragment, interpretation: MarkdownInterpretation) {
    if (!file) return;
    setActionError(null);
    setReinterpreting(true);
    try {
      const preview = await uploadPreview(file, format || null, () => undefined, undefined, interpretation);
      client.writeQuery({ query: BankImportDocument, variables: { id: preview.id }, data: { bankImport: preview } });
      setDecisions(new Map());
      setParams({ id: preview.id });
      discard({ variables: { id: previous.id } }).catch(() => undefined);
    } catch (caught) {
      setActionError(caught instanceof Error ? caught.message : 'The file could not be read again.');
    } finally {
      setReinterpreting(false);
    }
  }

  function startOver() {
    setFile(null);
    setFileError(null);
    setDecisions(new Map());
    setActionError(null);
    setParams({});
  }

  function commitPreview(bankImport: BankImportFieldsFragment, confirmLowYield = false) {
    setActionError(null);
    commit({ variables: { input: { id: bankImport.id, decisions: toDecisionInput(bankImport, decisions), confirmLowYield } } })
      .then(() => client.refetchQueries({ include: ['Bank', 'BankFacets', 'BankHealth'] }))
      .catch((caught: unknown) => setActionError(describeError(caught).message));
  }

  function discardPreview(bankImport: BankImportFieldsFragment) {
    setActionError(null);
    discard({ variables: { id: bankImport.id } }).catch((caught: unknown) => setActionError(describeError(caught).message));
  }

  return {
    importId,
    bankImport: data?.bankImport,
    error,
    loading,
    file,
    format,
    setFormat,
    fileError,
    phase,
    cancelUpload: () => abortRef.current?.abort(),
    decisions,
    setDecisions,
    actionError,
    committing,
    discarding,
    choose,
    upload,
    reinterpret,
    reinterpreting,
    startOver,
    commitPreview,
    discardPreview,
  };
}
