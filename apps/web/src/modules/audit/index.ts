export { AuditRetentionSettings } from './components/AuditRetentionSettings';
export { AuditTrail } from './components/AuditTrail';
export { canReadAuditTrail } from './utils/audit-access';
export { actionLabel, detailLabel, detailValue, targetTypeLabel } from './utils/audit-labels';
