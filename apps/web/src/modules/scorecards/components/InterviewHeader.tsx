import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { InterviewModeFieldsFragment } from '../../../generated/graphql';
import { formatDateTime } from '../../format';
import { PageHeading } from '../../ui';

interface InterviewHeaderProps {
  interview: Pick<InterviewModeFieldsFragment, 'candidate' | 'jobTitle' | 'roundName' | 'scheduledAt' | 'kit'>;
  /** Timer and save status, or the submitted state. */
  children?: ReactNode;
}

/** Who is interviewed, for which job and round, with which kit, and the live status on the right. */
export function InterviewHeader({ interview, children }: InterviewHeaderProps) {
  const round = interview.roundName ? ` · ${interview.roundName}` : '';
  return (
    <header className="page__header page__header--split im-header">
      <div className="page__header-text">
        <nav className="breadcrumbs" aria-label="Breadcrumb">
          <Link to="/">Home</Link>
          <span aria-hidden="true">/</span>
          <span aria-current="page">Interview</span>
        </nav>
        <p className="eyebrow">
          {interview.jobTitle}
          {round}
        </p>
        <PageHeading title={`Interview with ${interview.candidate.name}`}>{interview.candidate.name}</PageHeading>
        <p className="lead">
          Kit: <strong>{interview.kit.title}</strong> · {formatDateTime(interview.scheduledAt)}
        </p>
      </div>
      {children ? <div className="im-header__status">{children}</div> : null}
    </header>
  );
}
