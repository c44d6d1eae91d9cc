export { CandidateDataRights } from './components/CandidateDataRights';
export { CandidateExportView } from './components/CandidateExportView';
export { CandidateRetentionSettings } from './components/CandidateRetentionSettings';
export { canManageCandidateData } from './utils/candidate-data-access';
export { UnreadableExportError, parseExportDocument, type CandidateExportDocument } from './utils/export-document';
