import type { JobStatus } from '../../../generated/graphql';
import { JOB_STATUS_LABELS } from '../utils/job-form';

export function JobStatusBadge({ status }: { status: JobStatus }) {
  return <span className={`badge badge--job-${status.toLowerCase()}`}>{JOB_STATUS_LABELS[status]}</span>;
}
