/** Types generated for queries found in "apps/api/src/members/members.repository.ts" */
export type member_role = 'ADMIN' | 'HIRING_MANAGER' | 'INTERVIEWER' | 'RECRUITER';

export type member_status = 'ACTIVE' | 'DEACTIVATED' | 'INVITED';

/** 'SelectMembers' parameters type */
export interface ISelectMembersParams {
  memberId?: string | null | void;
  organizationId: string;
}

/** 'SelectMembers' return type */
export interface ISelectMembersResult {
  createdAt: Date;
  email: string;
  id: string;
  name: string;
  role: member_role;
  status: member_status;
  userId: string;
  version: number;
}

/** 'SelectMembers' query type */
export interface ISelectMembersQuery {
  params: ISelectMembersParams;
  result: ISelectMembersResult;
}

/** 'SetMemberRole' parameters type */
export interface ISetMemberRoleParams {
  memberId: string;
  organizationId: string;
  role: member_role;
  version: number;
}

/** 'SetMemberRole' return type */
export type ISetMemberRoleResult = void;

/** 'SetMemberRole' query type */
export interface ISetMemberRoleQuery {
  params: ISetMemberRoleParams;
  result: ISetMemberRoleResult;
}

/** 'SetMemberStatus' parameters type */
export interface ISetMemberStatusParams {
  memberId: string;
  organizationId: string;
  status: member_status;
}

/** 'SetMemberStatus' return type */
export interface ISetMemberStatusResult {
  userId: string;
}

/** 'SetMemberStatus' query type */
export interface ISetMemberStatusQuery {
  params: ISetMemberStatusParams;
  result: ISetMemberStatusResult;
}

/** 'LockActiveAdmins' parameters type */
export interface ILockActiveAdminsParams {
  organizationId: string;
}

/** 'LockActiveAdmins' return type */
export interface ILockActiveAdminsResult {
  id: string;
}

/** 'LockActiveAdmins' query type */
export interface ILockActiveAdminsQuery {
  params: ILockActiveAdminsParams;
  result: ILockActiveAdminsResult;
}

/** 'DeleteInvitedMembership' parameters type */
export interface IDeleteInvitedMembershipParams {
  memberId: string;
  organizationId: string;
}

/** 'DeleteInvitedMembership' return type */
export type IDeleteInvitedMembershipResult = void;

/** 'DeleteInvitedMembership' query type */
export interface IDeleteInvitedMembershipQuery {
  params: IDeleteInvitedMembershipParams;
  result: IDeleteInvitedMembershipResult;
}

/** 'DeleteUnclaimedUser' parameters type */
export interface IDeleteUnclaimedUserParams {
  userId: string;
}

/** 'DeleteUnclaimedUser' return type */
export type IDeleteUnclaimedUserResult = void;

/** 'DeleteUnclaimedUser' query type */
export interface IDeleteUnclaimedUserQuery {
  params: IDeleteUnclaimedUserParams;
  result: IDeleteUnclaimedUserResult;
}

/** 'RevokePasswordResets' parameters type */
export interface IRevokePasswordResetsParams {
  userId: string;
}

/** 'RevokePasswordResets' return type */
export type IRevokePasswordResetsResult = void;

/** 'RevokePasswordResets' query type */
export interface IRevokePasswordResetsQuery {
  params: IRevokePasswordResetsParams;
  result: IRevokePasswordResetsResult;
}

/** 'InsertPasswordReset' parameters type */
export interface IInsertPasswordResetParams {
  createdBy: string;
  hours: number;
  organizationId: string;
  tokenHash: string;
  userId: string;
}

/** 'InsertPasswordReset' return type */
export interface IInsertPasswordResetResult {
  expiresAt: Date;
}

/** 'InsertPasswordReset' query type */
export interface IInsertPasswordResetQuery {
  params: IInsertPasswordResetParams;
  result: IInsertPasswordResetResult;
}

/** 'AccountUsedElsewhere' parameters type */
export interface IAccountUsedElsewhereParams {
  organizationId: string;
  userId: string;
}

/** 'AccountUsedElsewhere' return type */
export interface IAccountUsedElsewhereResult {
  found: number;
}

/** 'AccountUsedElsewhere' query type */
export interface IAccountUsedElsewhereQuery {
  params: IAccountUsedElsewhereParams;
  result: IAccountUsedElsewhereResult;
}

/** 'FindPendingReset' parameters type */
export interface IFindPendingResetParams {
  tokenHash: string;
}

/** 'FindPendingReset' return type */
export interface IFindPendingResetResult {
  email: string;
  expiresAt: Date;
  name: string;
  organizationId: string;
  organizationName: string;
  resetId: string;
  userId: string;
}

/** 'FindPendingReset' query type */
export interface IFindPendingResetQuery {
  params: IFindPendingResetParams;
  result: IFindPendingResetResult;
}

/** 'SetResetPassword' parameters type */
export interface ISetResetPasswordParams {
  passwordHash: string;
  userId: string;
}

/** 'SetResetPassword' return type */
export type ISetResetPasswordResult = void;

/** 'SetResetPassword' query type */
export interface ISetResetPasswordQuery {
  params: ISetResetPasswordParams;
  result: ISetResetPasswordResult;
}

/** 'MarkPasswordResetUsed' parameters type */
export interface IMarkPasswordResetUsedParams {
  resetId: string;
}

/** 'MarkPasswordResetUsed' return type */
export type IMarkPasswordResetUsedResult = void;

/** 'MarkPasswordResetUsed' query type */
export interface IMarkPasswordResetUsedQuery {
  params: IMarkPasswordResetUsedParams;
  result: IMarkPasswordResetUsedResult;
}

/** 'UpsertInvitedUser' parameters type */
export interface IUpsertInvitedUserParams {
  email: string;
  name: string;
}

/** 'UpsertInvitedUser' return type */
export interface IUpsertInvitedUserResult {
  id: string;
}

/** 'UpsertInvitedUser' query type */
export interface IUpsertInvitedUserQuery {
  params: IUpsertInvitedUserParams;
  result: IUpsertInvitedUserResult;
}

/** 'InsertInvitedMembership' parameters type */
export interface IInsertInvitedMembershipParams {
  email: string;
  name: string;
  organizationId: string;
  role: member_role;
  userId: string;
}

/** 'InsertInvitedMembership' return type */
export interface IInsertInvitedMembershipResult {
  id: string;
}

/** 'InsertInvitedMembership' query type */
export interface IInsertInvitedMembershipQuery {
  params: IInsertInvitedMembershipParams;
  result: IInsertInvitedMembershipResult;
}

/** 'RevokeInvitations' parameters type */
export interface IRevokeInvitationsParams {
  membershipId: string;
}

/** 'RevokeInvitations' return type */
export type IRevokeInvitationsResult = void;

/** 'RevokeInvitations' query type */
export interface IRevokeInvitationsQuery {
  params: IRevokeInvitationsParams;
  result: IRevokeInvitationsResult;
}

/** 'InsertInvitation' parameters type */
export interface IInsertInvitationParams {
  createdBy?: string | null | void;
  days: number;
  membershipId: string;
  tokenHash: string;
}

/** 'InsertInvitation' return type */
export interface IInsertInvitationResult {
  expiresAt: Date;
}

/** 'InsertInvitation' query type */
export interface IInsertInvitationQuery {
  params: IInsertInvitationParams;
  result: IInsertInvitationResult;
}

/** 'FindPendingInvitation' parameters type */
export interface IFindPendingInvitationParams {
  tokenHash: string;
}

/** 'FindPendingInvitation' return type */
export interface IFindPendingInvitationResult {
  claimed: boolean;
  email: string;
  expiresAt: Date;
  invitationId: string;
  membershipId: string;
  name: string;
  organizationId: string;
  organizationName: string;
  passwordHash: string | null;
  passwordSignIn: boolean;
  role: member_role;
  userId: string;
}

/** 'FindPendingInvitation' query type */
export interface IFindPendingInvitationQuery {
  params: IFindPendingInvitationParams;
  result: IFindPendingInvitationResult;
}

/** 'SetInvitedUserPassword' parameters type */
export interface ISetInvitedUserPasswordParams {
  name: string;
  passwordHash: string;
  userId: string;
}

/** 'SetInvitedUserPassword' return type */
export type ISetInvitedUserPasswordResult = void;

/** 'SetInvitedUserPassword' query type */
export interface ISetInvitedUserPasswordQuery {
  params: ISetInvitedUserPasswordParams;
  result: ISetInvitedUserPasswordResult;
}

/** 'ActivateMembership' parameters type */
export interface IActivateMembershipParams {
  membershipId: string;
}

/** 'ActivateMembership' return type */
export type IActivateMembershipResult = void;

/** 'ActivateMembership' query type */
export interface IActivateMembershipQuery {
  params: IActivateMembershipParams;
  result: IActivateMembershipResult;
}

/** 'MarkInvitationAccepted' parameters type */
export interface IMarkInvitationAcceptedParams {
  invitationId: string;
}

/** 'MarkInvitationAccepted' return type */
export type IMarkInvitationAcceptedResult = void;

/** 'MarkInvitationAccepted' query type */
export interface IMarkInvitationAcceptedQuery {
  params: IMarkInvitationAcceptedParams;
  result: IMarkInvitationAcceptedResult;
}

