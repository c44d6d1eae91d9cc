import { BankParseError } from '../bank-parse-error';
import { looksLikeCsv } from '../formats/csv';
import { looksLikeMarkdown } from '../formats/markdown';
import { looksLikeJson } from '../formats/panelist-json';
import { looksLikeSeedPage } from '../formats/seed-page';
import type { BankFormat } from '../model';

const BY_EXTENSION: Record<string, BankFormat> = {
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  csv: 'csv',
  tsv: 'csv',
  json: 'json',
};

/** The file's extension decides when it is unambiguous; otherwise the content's shape does. */
export function detectFormat(fileName: string, text: string): BankFormat {
  const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const byExtension = BY_EXTENSION[extension];
  // A page saved as .md can still be the scraped page layout; check that shape first.
  if (byExtension === 'markdown' && looksLikeSeedPage(text) && !/^ {0,3}#{1,6}\s/m.test(text)) return 'seed-page';
  if (byExtension) return byExtension;
  if (looksLikeJson(text)) return 'json';
  if (looksLikeSeedPage(text)) return 'seed-page';
  if (looksLikeCsv(text)) return 'csv';
  if (looksLikeMarkdown(text)) return 'markdown';
  throw new BankParseError(
    'UNKNOWN_FORMAT',
    `Cannot tell what kind of bank "${fileName}" is. Import Markdown (headings and lists of questions), CSV with a "prompt" column, Panelist JSON, or a page of numbered questions each followed by "Reference answer".`,
  );
}
