import { addTypenameToDocument } from '@apollo/client/utilities';
import { print } from 'graphql';
import { friendlyMessage, isErrorCode } from '@panelist/errors';
import {
  PreviewBankImportDocument,
  type BankFormat,
  type BankImportFieldsFragment,
  type MarkdownInterpretation,
} from '../../../generated/graphql';

/** The API refuses files over 20 MB; checked here first so nobody waits for a doomed upload. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export type UploadPhase = { phase: 'encoding' } | { phase: 'uploading'; loaded: number; total: number } | { phase: 'reading' };

export class UploadError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly field: string | null = null,
  ) {
    super(message);
  }
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** A problem with the file that the browser can see before uploading it, or null. */
export function checkFile(file: Pick<File, 'size' | 'name'>): string | null {
  if (file.size === 0) return `${file.name} is empty. Choose a file that contains questions.`;
  if (file.size > MAX_FILE_BYTES) {
    return `${file.name} is ${formatBytes(file.size)}; files can be at most 20 MB. Split the bank into several files and import them one by one.`;
  }
  return null;
}

/** The file's bytes as base64, without the data-URL prefix. */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(new UploadError('The file could not be read from your computer. Choose it again.', 'READ'));
    reader.onload = () => {
      const result = typeof reader.result === 'string' ? reader.result : '';
      resolve(result.slice(result.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}

interface GraphQLResponse {
  data?: { previewBankImport?: BankImportFieldsFragment } | null;
  errors?: Array<{ message: string; extensions?: { code?: unknown; field?: unknown } }>;
}

function lastSegment(field: unknown): string | null {
  return typeof field === 'string' && field ? (field.split('.').pop() ?? null) : null;
}

/**
 * Sends previewBankImport with XMLHttpRequest rather than fetch, so the upload reports progress.
 * Same request as Apollo's: a same-origin JSON POST to /graphql carrying the session cookie.
 */
export async function uploadPreview(
  file: File,
  format: BankFormat | null,
  onPhase: (phase: UploadPhase) => void,
  signal?: AbortSignal,
  interpretation: MarkdownInterpretation | null = null,
): Promise<BankImportFieldsFragment> {
  onPhase({ phase: 'encoding' });
  const contentBase64 = await readAsBase64(file);
  const body = JSON.stringify({
    operationName: 'PreviewBankImport',
    // With __typename, as Apollo would send it, so the answer can be written to the cache as is.
    query: print(addTypenameToDocument(PreviewBankImportDocument)),
    variables: { input: { fileName: file.name, contentBase64, format, ...(interpretation ? { interpretation } : {}) } },
  });

  const response = await new Promise<{ status: number; text: string }>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/graphql');
    xhr.withCredentials = true;
    xhr.setRequestHeader('content-type', 'application/json');
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (event) => {
      onPhase({ phase: 'uploading', loaded: event.loaded, total: event.lengthComputable ? event.total : body.length });
    };
    xhr.upload.onload = () => onPhase({ phase: 'reading' });
    xhr.onload = () => resolve({ status: xhr.status, text: xhr.responseText });
    xhr.onerror = () => reject(new UploadError('Panelist cannot be reached right now. Check your connection and try again.', 'NETWORK'));
    xhr.onabort = () => reject(new UploadError('The upload was cancelled.', 'ABORTED'));
    signal?.addEventListener('abort', () => xhr.abort());
    onPhase({ phase: 'uploading', loaded: 0, total: body.length });
    xhr.send(body);
  });

  if (response.status === 413) {
    throw new UploadError('The file is too large to upload. Files can be at most 20 MB.', 'BAD_USER_INPUT', 'file');
  }
  let parsed: GraphQLResponse;
  try {
    parsed = JSON.parse(response.text) as GraphQLResponse;
  } catch {
    throw new UploadError(friendlyMessage(response.status === 429 ? 'RATE_LIMITED' : 'INTERNAL_SERVER_ERROR'), 'INTERNAL_SERVER_ERROR');
  }
  const [first] = parsed.errors ?? [];
  if (first) {
    const code = isErrorCode(first.extensions?.code) ? first.extensions.code : 'INTERNAL_SERVER_ERROR';
    throw new UploadError(friendlyMessage(code, first.message), code, lastSegment(first.extensions?.field));
  }
  const result = parsed.data?.previewBankImport;
  if (!result) throw new UploadError(friendlyMessage('INTERNAL_SERVER_ERROR'), 'INTERNAL_SERVER_ERROR');
  return result;
}
