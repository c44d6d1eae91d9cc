/**
 * @panelist/question-bank — pure TypeScript (no database, framework or Node built-ins): turns a
 * question-bank file into normalized, classified, de-duplicated question drafts.
 */
export { parseBank } from './parse-bank';
export { exportBank, PANELIST_BANK_FORMAT, PANELIST_BANK_VERSION, type PanelistBankFile } from './formats/panelist-json';
export { BankParseError, BANK_PARSE_ERROR_CODES, isBankParseError, type BankParseErrorCode } from './bank-parse-error';
export { MAX_BANK_BYTES } from './input/read-bank-text';
export { detectFormat } from './input/detect-format';
export { CSV_COLUMNS, type CsvColumn } from './formats/csv';
export {
  compareCategory,
  exportBankAs,
  exportPage,
  EXPORT_FILE_EXTENSIONS,
  EXPORT_FORMATS,
  EXPORT_MEDIA_TYPES,
  WHOLE_FILE,
  type ExportFormat,
  type ExportPagePosition,
} from './formats/export/export-page';

export { repairMojibake, hasMojibake } from './clean/mojibake';
export { judgeNoise, isNoise } from './clean/noise';
export { splitGuidance } from './rubric/split-guidance';
export { emptyRubric, hasRubric } from './rubric/rubric';

export { classifyQuestion, parseQuestionType, parseDifficulty } from './classify/classify';
export { COMPETENCIES, type Competency } from './classify/competencies';
export { TECHNOLOGY_RULES } from './classify/tags';

export { questionFingerprint, fnv1a64 } from './dedupe/fingerprint';
export { normalizeForComparison } from './dedupe/normalize';
export { mergeExactDuplicates } from './dedupe/exact';
export { findNearDuplicates, NEAR_DUPLICATE_THRESHOLD, type NearDuplicateCandidate, type NearDuplicateResult } from './dedupe/near';

export {
  planExactMatches,
  planImport,
  planNearDuplicates,
  sourceKey,
  type BankQuestion,
  type ExactMatch,
  type ImportOutcome,
  type ImportPlan,
  type ImportPlanItem,
  type ImportSummary,
  type SimilarQuestion,
} from './import/import-plan';

export {
  findProtectedCharacteristicPrompts,
  PROTECTED_CHARACTERISTICS,
  type ProtectedCharacteristic,
  type ProtectedCharacteristicFinding,
} from './health/protected-characteristics';

export * from './model';
