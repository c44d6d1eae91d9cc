// Accountability and candidates' data rights (admins): the audit trail, and a candidate's data export to read and print.
export { AuditPage } from '../../pages/audit/AuditPage';
export { CandidateExportPage } from '../../pages/candidate-data/CandidateExportPage';
