import { repairMojibake } from './clean/mojibake';
import { mergeExactDuplicates } from './dedupe/exact';
import { findNearDuplicates, NEAR_DUPLICATE_THRESHOLD } from './dedupe/near';
import { buildDraft } from './draft/build-draft';
import { parseCsv } from './formats/csv';
import { parseMarkdown } from './formats/markdown';
import { parsePanelistJson } from './formats/panelist-json';
import type { FormatParseResult } from './formats/raw-question';
import { parseSeedPage } from './formats/seed-page';
import { detectFormat } from './input/detect-format';
import { readBankText } from './input/read-bank-text';
import type { BankFormat, ParseBankOptions, ParsedBank } from './model';

const PARSERS: Record<BankFormat, (text: string, fileName: string, options: ParseBankOptions) => FormatParseResult> = {
  'seed-page': parseSeedPage,
  markdown: (text, fileName, options) => parseMarkdown(text, fileName, { interpretation: options.interpretation }),
  csv: parseCsv,
  json: parsePanelistJson,
};

/**
 * Turns a bank file into question drafts: decode and check the input, detect (or take) the format,
 * parse, clean and split rubrics, classify, merge exact duplicates, suggest near duplicates.
 * Throws BankParseError when the file cannot be read at all; anything it drops is in `skipped`.
 */
export function parseBank(content: string | Uint8Array, options: ParseBankOptions): ParsedBank {
  const read = repairMojibake(readBankText(content, options.encoding));
  // Most files have Unix line ends: a replace would still copy 5 MB.
  const text = read.includes('\r') ? read.replace(/\r\n?/g, '\n') : read;
  const format = options.format ?? detectFormat(options.fileName, text);
  const parsed = PARSERS[format](text, options.fileName, options);
  const built = parsed.questions.map(buildDraft);
  const { drafts, groups } = mergeExactDuplicates(built);
  const near =
    options.nearDuplicates === false
      ? []
      : findNearDuplicates(drafts, options.nearDuplicateThreshold ?? NEAR_DUPLICATE_THRESHOLD).suggestions;
  return {
    format,
    drafts,
    skipped: parsed.skipped,
    duplicates: { exact: groups, near },
    summary: {
      items: built.length,
      drafts: drafts.length,
      mergedDuplicates: built.length - drafts.length,
      nearDuplicateSuggestions: near.length,
      skipped: parsed.skipped.length,
    },
    ...(parsed.report ? { report: parsed.report } : {}),
  };
}
