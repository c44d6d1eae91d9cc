import { useQuery } from '@apollo/client/react';
import { AuditSettingsDocument } from '../../../generated/graphql';
import { describeError } from '../../errors';
import { Alert, LoadingState } from '../../ui';
import { AuditRetentionForm } from './AuditRetentionForm';

/** The audit trail's retention period, loaded and editable (a section of the Settings page). */
export function AuditRetentionSettings() {
  const { data, error, loading } = useQuery(AuditSettingsDocument);
  if (data) return <AuditRetentionForm retentionDays={data.auditSettings.retentionDays} />;
  if (loading) return <LoadingState label="Loading the audit retention…" />;
  return <Alert tone="error">{describeError(error).message}</Alert>;
}
