import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { canManageMembers } from '@panelist/roles';
import { MembersDocument } from '../../../generated/graphql';
import type { Viewer } from '../../auth';
import { describeError } from '../../errors';
import { Alert, LoadingState } from '../../ui';
import { useMemberActions, type Notice } from '../hooks/useMemberActions';
import { summarize } from '../utils/member-labels';
import { AddMemberForm, type AddMemberResult } from './AddMemberForm';
import { OneTimeLinkPanel, type OneTimeLink } from './OneTimeLinkPanel';
import { MemberRow } from './MemberRow';

/** The organization's members: a read-only list for readers, full management for admins. */
export function MembersDirectory({ viewer }: { viewer: Viewer }) {
  const canManage = canManageMembers(viewer.role);
  const { data, error, loading, refetch } = useQuery(MembersDocument, { fetchPolicy: 'cache-and-network' });
  const [notice, setNotice] = useState<Notice | null>(null);
  const [link, setLink] = useState<OneTimeLink | null>(null);
  const actions = useMemberActions({ onNotice: setNotice, onLink: setLink, refetch: () => refetch() });

  function onAdded({ member, inviteUrl, expiresAt, emailDelivery }: AddMemberResult) {
    setNotice(null);
    setLink({
      kind: 'invitation-added',
      name: member.name,
      email: member.email,
      url: inviteUrl,
      expiresAt,
      emailed: emailDelivery === 'QUEUED',
    });
  }

  const members = data?.members ?? [];
  return (
    <>
      {canManage ? (
        <section className="card" aria-labelledby="add-member-heading">
          <div className="card__header">
            <h2 id="add-member-heading">Add a member</h2>
            <p className="muted">
              Everyone you add gets a one-time invitation link and joins once they accept it: someone new chooses a password, someone who
              already uses Panelist signs in with theirs.
            </p>
          </div>
          <AddMemberForm onAdded={onAdded} />
          {link ? (
            <OneTimeLinkPanel key={link.url} link={link} organizationName={viewer.organization.name} onDismiss={() => setLink(null)} />
          ) : null}
        </section>
      ) : (
        <Alert tone="info">You can see who is in {viewer.organization.name}. Only admins can add members or change roles.</Alert>
      )}

      <div className="notice-region" aria-live="polite" aria-atomic="true">
        {notice ? <div className={`alert alert--${notice.tone}`}>{notice.text}</div> : null}
      </div>

      <section className="card card--flush" aria-labelledby="member-list-heading">
        <div className="card__header card__header--inline">
          <h2 id="member-list-heading">People in {viewer.organization.name}</h2>
          {data ? <span className="muted small">{summarize(members)}</span> : null}
        </div>
        {error && !data ? (
          <div className="card__body">
            <Alert tone="error">{describeError(error).message}</Alert>
          </div>
        ) : loading && !data ? (
          <div className="card__body">
            <LoadingState label="Loading members…" />
          </div>
        ) : (
          <div className="table-wrap">
            <table className="table table--members table--stack-on-phone">
              <caption className="visually-hidden">Members of {viewer.organization.name}</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Email</th>
                  <th scope="col">Role</th>
                  <th scope="col">Status</th>
                  {canManage ? (
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {members.map((member) => (
                  <MemberRow
                    key={member.id}
                    member={member}
                    isViewer={member.userId === viewer.user.id}
                    actions={canManage ? actions : undefined}
                  />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
