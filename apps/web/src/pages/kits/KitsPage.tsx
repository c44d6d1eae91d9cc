import { useQuery } from '@apollo/client/react';
import { Link, useLocation } from 'react-router';
import { KitsDocument } from '../../generated/graphql';
import { useViewer } from '../../modules/auth';
import { canEditBank } from '../../modules/questions';
import { describeError } from '../../modules/errors';
import { KitsTable } from '../../modules/kits';
import { Alert, LoadingState, PageHeading } from '../../modules/ui';
import '../../modules/kits/kits.css';

/** /kits: every active kit; editors open the builder, everyone else the preview. */
export function KitsPage() {
  const viewer = useViewer();
  const editor = canEditBank(viewer.role);
  const { data, error, loading } = useQuery(KitsDocument, { fetchPolicy: 'cache-and-network' });
  const kits = data?.kits;
  // Set by the kit builder after archiving a kit.
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  return (
    <div className="page">
      <header className="page__header page__header--split">
        <div className="page__header-text">
          <PageHeading title="Interview kits">Interview kits</PageHeading>
          <p className="lead">What interviewers hold in each round: questions, timing, rubric and rating scale.</p>
        </div>
        {editor ? (
          <div className="page__actions">
            <Link to="/kits/new" className="button button--primary">
              New kit
            </Link>
          </div>
        ) : null}
      </header>
      {notice ? (
        <p className="alert alert--success" role="status">
          {notice}
        </p>
      ) : null}
      {error && !kits ? (
        <Alert tone="error">{describeError(error).message}</Alert>
      ) : !kits ? (
        loading ? (
          <LoadingState label="Loading kits…" />
        ) : null
      ) : kits.length === 0 ? (
        <div className="empty-state">
          <h3>No kits yet</h3>
          <p className="muted">
            {editor ? 'Build the first one from the question bank.' : 'An admin or a hiring manager builds the kits your team uses.'}
          </p>
          {editor ? (
            <div className="empty-state__actions">
              <Link to="/kits/new" className="button button--primary">
                New kit
              </Link>
            </div>
          ) : null}
        </div>
      ) : (
        <KitsTable kits={kits} editor={editor} />
      )}
    </div>
  );
}
