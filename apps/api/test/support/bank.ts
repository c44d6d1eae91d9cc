import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GraphQLTestClient } from './test-app';

export const SEED_FILE = join(__dirname, '..', '..', '..', '..', 'db', 'seeds', 'bank', 'backend-developer-questions.txt');
export const seedBase64 = () => readFileSync(SEED_FILE).toString('base64');

export const PREVIEW = `mutation ($input: PreviewBankImportInput!) {
  previewBankImport(input: $input) {
    id status alreadyImported
    summary { items new merged unchanged possibleDuplicates skipped }
    items { index prompt outcome reason existingQuestionId similar { questionId draftIndex score } sources { item } }
    skipped { reason source { item line } }
  }
}`;

export const COMMIT = `mutation ($input: CommitBankImportInput!) {
  commitBankImport(input: $input) { id status result { created merged sourcesAdded unchanged } }
}`;

export interface PreviewItem {
  index: number;
  prompt: string;
  outcome: string;
  reason: string;
  existingQuestionId: string | null;
  similar: Array<{ questionId: string | null; draftIndex: number | null; score: number }>;
  sources: Array<{ item: number | null }>;
}

export interface Preview {
  id: string;
  status: string;
  alreadyImported: boolean;
  summary: Record<string, number>;
  items: PreviewItem[];
}

export async function previewFile(client: GraphQLTestClient, fileName: string, content: string | Buffer) {
  return client.request<{ previewBankImport: Preview }>(PREVIEW, {
    input: { fileName, contentBase64: Buffer.from(content).toString('base64') },
  });
}

/** Previews and commits a file, keeping both sides of every possible duplicate. */
export async function importKeepingAll(client: GraphQLTestClient, fileName: string, content: string | Buffer) {
  const { previewBankImport: preview } = await client.ok<{ previewBankImport: Preview }>(PREVIEW, {
    input: { fileName, contentBase64: Buffer.from(content).toString('base64') },
  });
  const decisions = preview.items.filter((i) => i.outcome === 'POSSIBLE_DUPLICATE').map((i) => ({ index: i.index, action: 'KEEP_BOTH' }));
  const { commitBankImport } = await client.ok<{ commitBankImport: { result: Record<string, number> } }>(COMMIT, {
    input: { id: preview.id, decisions },
  });
  return { preview, result: commitBankImport.result };
}
