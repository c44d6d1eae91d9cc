import type { Role } from '@panelist/roles';
import { execute, first, rows, sql, type Queryable } from '../common/database/typed-sql';
import type {
  IAccountUsedElsewhereQuery,
  IActivateMembershipQuery,
  IFindPendingInvitationQuery,
  IInsertInvitationQuery,
  IInsertInvitedMembershipQuery,
  IMarkInvitationAcceptedQuery,
  IRevokeInvitationsQuery,
  ISetInvitedUserPasswordQuery,
  IUpsertInvitedUserQuery,
  IDeleteInvitedMembershipQuery,
  IDeleteUnclaimedUserQuery,
  IFindPendingResetQuery,
  IInsertPasswordResetQuery,
  ILockActiveAdminsQuery,
  IMarkPasswordResetUsedQuery,
  IRevokePasswordResetsQuery,
  ISelectMembersQuery,
  ISetMemberRoleQuery,
  ISetMemberStatusQuery,
  ISetResetPasswordQuery,
  member_status,
} from './members.repository.types';

/** Until accepted, a member is shown as the inviting admin typed them: never an account's details from elsewhere. */
const selectMembers = sql<ISelectMembersQuery>`
  SELECT m.id, m.user_id AS "userId",
         CASE WHEN m.status = 'INVITED' THEN coalesce(m.invited_email, u.email) ELSE u.email END AS "email!",
         CASE WHEN m.status = 'INVITED' THEN coalesce(m.invited_name, u.name) ELSE u.name END AS "name!",
         m.role, m.status, m.version, m.created_at AS "createdAt"
    FROM memberships m JOIN users u ON u.id = m.user_id
   WHERE m.organization_id = $organizationId! AND ($memberId::uuid IS NULL OR m.id = $memberId)
   ORDER BY lower(u.name), u.email`;

export type MemberStatus = member_status;
export type MemberRow = Awaited<ReturnType<typeof selectMembers.run>>[number];

export function listMembers(db: Queryable, organizationId: string): Promise<MemberRow[]> {
  return rows(db, selectMembers, { organizationId, memberId: null });
}

export function findMember(db: Queryable, organizationId: string, memberId: string): Promise<MemberRow | undefined> {
  return first(db, selectMembers, { organizationId, memberId });
}

/** The version check lives in the UPDATE itself, so two admins cannot both win: 0 rows = someone else changed it. */
const setMemberRole = sql<ISetMemberRoleQuery>`
  UPDATE memberships SET role = $role!, version = version + 1, updated_at = now()
   WHERE organization_id = $organizationId! AND id = $memberId! AND version = $version!`;

export function setRole(db: Queryable, params: { organizationId: string; memberId: string; role: Role; version: number }): Promise<number> {
  return execute(db, setMemberRole, params);
}

const setMemberStatus = sql<ISetMemberStatusQuery>`
  UPDATE memberships SET status = $status!, version = version + 1, updated_at = now(), sessions_not_before = now()
   WHERE organization_id = $organizationId! AND id = $memberId! RETURNING user_id AS "userId"`;

/** Also draws a line under the member's sessions in this organization (sessions_not_before). */
export async function setStatus(
  db: Queryable,
  organizationId: string,
  memberId: string,
  status: member_status,
): Promise<string | undefined> {
  return (await first(db, setMemberStatus, { organizationId, memberId, status }))?.userId;
}

const lockActiveAdmins = sql<ILockActiveAdminsQuery>`
  SELECT id FROM memberships WHERE organization_id = $organizationId! AND role = 'ADMIN' AND status = 'ACTIVE' FOR UPDATE`;

/** The active admins' membership ids; the row locks serialize concurrent demotions. */
export async function lockAdmins(db: Queryable, organizationId: string): Promise<string[]> {
  return (await rows(db, lockActiveAdmins, { organizationId })).map((admin) => admin.id);
}

const deleteInvitedMembership = sql<IDeleteInvitedMembershipQuery>`
  DELETE FROM memberships WHERE organization_id = $organizationId! AND id = $memberId! AND status = 'INVITED'`;

const deleteUnclaimedUser = sql<IDeleteUnclaimedUserQuery>`
  DELETE FROM users u WHERE u.id = $userId! AND u.activated_at IS NULL AND NOT EXISTS (SELECT 1 FROM memberships WHERE user_id = u.id)`;

/** Withdraws an invitation: the membership (its links cascade) and an account nobody claimed. */
export async function deleteInvitation(db: Queryable, organizationId: string, memberId: string, userId: string): Promise<void> {
  await execute(db, deleteInvitedMembership, { organizationId, memberId });
  await execute(db, deleteUnclaimedUser, { userId });
}

// ---- password resets ----

const revokePasswordResets = sql<IRevokePasswordResetsQuery>`
  UPDATE password_resets SET revoked_at = now() WHERE user_id = $userId! AND used_at IS NULL AND revoked_at IS NULL`;

const insertPasswordReset = sql<IInsertPasswordResetQuery>`
  INSERT INTO password_resets (user_id, organization_id, token_hash, created_by, expires_at)
  VALUES ($userId!, $organizationId!, $tokenHash!, $createdBy!, now() + make_interval(hours => $hours!::int))
  RETURNING expires_at AS "expiresAt"`;

/** Earlier links stop working; answers when the new one expires. */
export async function insertReset(
  db: Queryable,
  reset: { userId: string; organizationId: string; tokenHash: string; createdBy: string; hours: number },
): Promise<Date> {
  await execute(db, revokePasswordResets, { userId: reset.userId });
  const [row] = await rows(db, insertPasswordReset, reset);
  return row.expiresAt;
}

const accountUsedElsewhere = sql<IAccountUsedElsewhereQuery>`
  SELECT 1 AS "found!" FROM memberships WHERE user_id = $userId! AND organization_id <> $organizationId! AND status <> 'INVITED' LIMIT 1`;

export async function usedElsewhere(db: Queryable, userId: string, organizationId: string): Promise<boolean> {
  return (await rows(db, accountUsedElsewhere, { userId, organizationId })).length > 0;
}

/** Locks the link and the account: reset runs in a transaction, a preview ends at once. */
const findPendingReset = sql<IFindPendingResetQuery>`
  SELECT r.id AS "resetId", r.user_id AS "userId", r.organization_id AS "organizationId", u.email, u.name,
         o.name AS "organizationName", r.expires_at AS "expiresAt"
    FROM password_resets r
    JOIN users u ON u.id = r.user_id
    JOIN organizations o ON o.id = r.organization_id
    JOIN memberships m ON m.user_id = r.user_id AND m.organization_id = r.organization_id AND m.status = 'ACTIVE'
   WHERE r.token_hash = $tokenHash! AND r.used_at IS NULL AND r.revoked_at IS NULL AND r.expires_at > now()
     FOR UPDATE OF r, u`;

export type PendingReset = Awaited<ReturnType<typeof findPendingReset.run>>[number];

export function pendingReset(db: Queryable, tokenHash: string): Promise<PendingReset | undefined> {
  return first(db, findPendingReset, { tokenHash });
}

const setResetPassword = sql<ISetResetPasswordQuery>`
  UPDATE users SET password_hash = $passwordHash!, activated_at = coalesce(activated_at, now()), updated_at = now() WHERE id = $userId!`;

const markPasswordResetUsed = sql<IMarkPasswordResetUsedQuery>`UPDATE password_resets SET used_at = now() WHERE id = $resetId!`;

export async function useReset(db: Queryable, reset: { resetId: string; userId: string; passwordHash: string }): Promise<void> {
  await execute(db, setResetPassword, { userId: reset.userId, passwordHash: reset.passwordHash });
  await execute(db, markPasswordResetUsed, { resetId: reset.resetId });
}

// ---- invitations ----

const upsertInvitedUser = sql<IUpsertInvitedUserQuery>`
  INSERT INTO users (email, name) VALUES ($email!, $name!)
  ON CONFLICT (lower(email)) DO UPDATE SET updated_at = users.updated_at RETURNING id`;

const insertInvitedMembership = sql<IInsertInvitedMembershipQuery>`
  INSERT INTO memberships (organization_id, user_id, role, status, invited_email, invited_name)
  VALUES ($organizationId!, $userId!, $role!, 'INVITED', $email!, $name!)
  ON CONFLICT (organization_id, user_id) DO NOTHING RETURNING id`;

/**
 * An INVITED membership for the email (its account made when there is none): the membership id, or
 * undefined when the email is already a member or invited.
 */
export async function insertInvitedMember(
  db: Queryable,
  invitation: { organizationId: string; email: string; name: string; role: Role },
): Promise<string | undefined> {
  const [user] = await rows(db, upsertInvitedUser, { email: invitation.email, name: invitation.name });
  const membership = await first(db, insertInvitedMembership, { ...invitation, userId: user.id });
  return membership?.id;
}

const revokeInvitations = sql<IRevokeInvitationsQuery>`
  UPDATE invitations SET revoked_at = now() WHERE membership_id = $membershipId! AND accepted_at IS NULL AND revoked_at IS NULL`;

const insertInvitation = sql<IInsertInvitationQuery>`
  INSERT INTO invitations (membership_id, token_hash, created_by, expires_at)
  VALUES ($membershipId!, $tokenHash!, $createdBy, now() + make_interval(days => $days!::int)) RETURNING expires_at AS "expiresAt"`;

/** Earlier links of the membership stop working; answers when the new one expires. */
export async function insertInvitationLink(
  db: Queryable,
  link: { membershipId: string; tokenHash: string; createdBy: string | null; days: number },
): Promise<Date> {
  await execute(db, revokeInvitations, { membershipId: link.membershipId });
  const [row] = await rows(db, insertInvitation, link);
  return row.expiresAt;
}

/** Locks the link, the membership and the account (a preview, outside a transaction, lets go at once). */
const findPendingInvitation = sql<IFindPendingInvitationQuery>`
  SELECT i.id AS "invitationId", m.id AS "membershipId", m.user_id AS "userId", m.organization_id AS "organizationId", m.role,
         coalesce(m.invited_email, u.email) AS "email!", coalesce(m.invited_name, u.name) AS "name!",
         o.name AS "organizationName", o.password_sign_in AS "passwordSignIn", i.expires_at AS "expiresAt",
         u.password_hash AS "passwordHash", u.activated_at IS NOT NULL AS "claimed!"
    FROM invitations i
    JOIN memberships m ON m.id = i.membership_id
    JOIN users u ON u.id = m.user_id
    JOIN organizations o ON o.id = m.organization_id
   WHERE i.token_hash = $tokenHash! AND i.accepted_at IS NULL AND i.revoked_at IS NULL
     AND i.expires_at > now() AND m.status = 'INVITED'
     FOR UPDATE OF i, m, u`;

export type PendingInvitation = Awaited<ReturnType<typeof findPendingInvitation.run>>[number];

export function pendingInvitation(db: Queryable, tokenHash: string): Promise<PendingInvitation | undefined> {
  return first(db, findPendingInvitation, { tokenHash });
}

const setInvitedUserPassword = sql<ISetInvitedUserPasswordQuery>`
  UPDATE users SET password_hash = $passwordHash!, name = $name!, activated_at = now(), updated_at = now() WHERE id = $userId!`;

/** An unclaimed account chooses its password (and keeps the name it was invited with). */
export async function claimAccount(db: Queryable, account: { userId: string; passwordHash: string; name: string }): Promise<void> {
  await execute(db, setInvitedUserPassword, account);
}

const activateMembership = sql<IActivateMembershipQuery>`
  UPDATE memberships SET status = 'ACTIVE', version = version + 1, updated_at = now() WHERE id = $membershipId! AND status = 'INVITED'`;

const markInvitationAccepted = sql<IMarkInvitationAcceptedQuery>`UPDATE invitations SET accepted_at = now() WHERE id = $invitationId!`;

export async function acceptInvitation(db: Queryable, pending: { membershipId: string; invitationId: string }): Promise<void> {
  await execute(db, activateMembership, { membershipId: pending.membershipId });
  await execute(db, markInvitationAccepted, { invitationId: pending.invitationId });
}
