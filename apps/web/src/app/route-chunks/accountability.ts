// Accountability (admins): the audit trail.
export { AuditPage } from '../../pages/audit/AuditPage';
