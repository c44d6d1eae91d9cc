/** Types generated for queries found in "apps/api/src/sso/sso.repository.ts" */
export type member_role = 'ADMIN' | 'HIRING_MANAGER' | 'INTERVIEWER' | 'RECRUITER';

export type member_status = 'ACTIVE' | 'DEACTIVATED' | 'INVITED';

export type stringArray = (string)[];

/** 'FindConnection' parameters type */
export interface IFindConnectionParams {
  organizationId: string;
}

/** 'FindConnection' return type */
export interface IFindConnectionResult {
  allowedDomains: stringArray;
  clientId: string;
  defaultRole: member_role;
  enabled: boolean;
  hasClientSecret: boolean;
  issuer: string;
  version: number;
}

/** 'FindConnection' query type */
export interface IFindConnectionQuery {
  params: IFindConnectionParams;
  result: IFindConnectionResult;
}

/** 'FindEnabledConnectionBySlug' parameters type */
export interface IFindEnabledConnectionBySlugParams {
  slug: string;
}

/** 'FindEnabledConnectionBySlug' return type */
export interface IFindEnabledConnectionBySlugResult {
  allowedDomains: stringArray;
  clientId: string;
  clientSecret: string;
  defaultRole: member_role;
  issuer: string;
  organizationId: string;
  version: number;
}

/** 'FindEnabledConnectionBySlug' query type */
export interface IFindEnabledConnectionBySlugQuery {
  params: IFindEnabledConnectionBySlugParams;
  result: IFindEnabledConnectionBySlugResult;
}

/** 'FindEnabledConnection' parameters type */
export interface IFindEnabledConnectionParams {
  organizationId: string;
}

/** 'FindEnabledConnection' return type */
export interface IFindEnabledConnectionResult {
  allowedDomains: stringArray;
  clientId: string;
  clientSecret: string;
  defaultRole: member_role;
  issuer: string;
  organizationId: string;
  version: number;
}

/** 'FindEnabledConnection' query type */
export interface IFindEnabledConnectionQuery {
  params: IFindEnabledConnectionParams;
  result: IFindEnabledConnectionResult;
}

/** 'LockOrganization' parameters type */
export interface ILockOrganizationParams {
  organizationId: string;
}

/** 'LockOrganization' return type */
export interface ILockOrganizationResult {
  id: string;
}

/** 'LockOrganization' query type */
export interface ILockOrganizationQuery {
  params: ILockOrganizationParams;
  result: ILockOrganizationResult;
}

/** 'UpdateSsoConnection' parameters type */
export interface IUpdateSsoConnectionParams {
  allowedDomains: stringArray;
  clientId: string;
  clientSecret?: string | null | void;
  defaultRole: member_role;
  enabled: boolean;
  issuer: string;
  organizationId: string;
  version?: number | null | void;
}

/** 'UpdateSsoConnection' return type */
export type IUpdateSsoConnectionResult = void;

/** 'UpdateSsoConnection' query type */
export interface IUpdateSsoConnectionQuery {
  params: IUpdateSsoConnectionParams;
  result: IUpdateSsoConnectionResult;
}

/** 'SsoConnectionExists' parameters type */
export interface ISsoConnectionExistsParams {
  organizationId: string;
}

/** 'SsoConnectionExists' return type */
export interface ISsoConnectionExistsResult {
  organizationId: string;
}

/** 'SsoConnectionExists' query type */
export interface ISsoConnectionExistsQuery {
  params: ISsoConnectionExistsParams;
  result: ISsoConnectionExistsResult;
}

/** 'InsertSsoConnection' parameters type */
export interface IInsertSsoConnectionParams {
  allowedDomains: stringArray;
  clientId: string;
  clientSecret: string;
  defaultRole: member_role;
  enabled: boolean;
  issuer: string;
  organizationId: string;
}

/** 'InsertSsoConnection' return type */
export type IInsertSsoConnectionResult = void;

/** 'InsertSsoConnection' query type */
export interface IInsertSsoConnectionQuery {
  params: IInsertSsoConnectionParams;
  result: IInsertSsoConnectionResult;
}

/** 'DeleteSsoConnection' parameters type */
export interface IDeleteSsoConnectionParams {
  organizationId: string;
}

/** 'DeleteSsoConnection' return type */
export type IDeleteSsoConnectionResult = void;

/** 'DeleteSsoConnection' query type */
export interface IDeleteSsoConnectionQuery {
  params: IDeleteSsoConnectionParams;
  result: IDeleteSsoConnectionResult;
}

/** 'AllowPasswordSignIn' parameters type */
export interface IAllowPasswordSignInParams {
  organizationId: string;
}

/** 'AllowPasswordSignIn' return type */
export type IAllowPasswordSignInResult = void;

/** 'AllowPasswordSignIn' query type */
export interface IAllowPasswordSignInQuery {
  params: IAllowPasswordSignInParams;
  result: IAllowPasswordSignInResult;
}

/** 'FindAccount' parameters type */
export interface IFindAccountParams {
  email: string;
  issuer: string;
  organizationId: string;
  subject: string;
}

/** 'FindAccount' return type */
export interface IFindAccountResult {
  claimed: boolean;
  liveInvitation: boolean;
  membershipId: string | null;
  otherSubject: boolean;
  status: member_status | null;
  userId: string;
}

/** 'FindAccount' query type */
export interface IFindAccountQuery {
  params: IFindAccountParams;
  result: IFindAccountResult;
}

/** 'InsertJitUser' parameters type */
export interface IInsertJitUserParams {
  email: string;
  name: string;
}

/** 'InsertJitUser' return type */
export interface IInsertJitUserResult {
  id: string;
}

/** 'InsertJitUser' query type */
export interface IInsertJitUserQuery {
  params: IInsertJitUserParams;
  result: IInsertJitUserResult;
}

/** 'InsertJitMembership' parameters type */
export interface IInsertJitMembershipParams {
  organizationId: string;
  role: member_role;
  userId: string;
}

/** 'InsertJitMembership' return type */
export type IInsertJitMembershipResult = void;

/** 'InsertJitMembership' query type */
export interface IInsertJitMembershipQuery {
  params: IInsertJitMembershipParams;
  result: IInsertJitMembershipResult;
}

/** 'ActivateUser' parameters type */
export interface IActivateUserParams {
  userId: string;
}

/** 'ActivateUser' return type */
export type IActivateUserResult = void;

/** 'ActivateUser' query type */
export interface IActivateUserQuery {
  params: IActivateUserParams;
  result: IActivateUserResult;
}

/** 'ActivateInvitedMembership' parameters type */
export interface IActivateInvitedMembershipParams {
  membershipId: string;
}

/** 'ActivateInvitedMembership' return type */
export type IActivateInvitedMembershipResult = void;

/** 'ActivateInvitedMembership' query type */
export interface IActivateInvitedMembershipQuery {
  params: IActivateInvitedMembershipParams;
  result: IActivateInvitedMembershipResult;
}

/** 'AcceptSsoInvitation' parameters type */
export interface IAcceptSsoInvitationParams {
  membershipId: string;
}

/** 'AcceptSsoInvitation' return type */
export type IAcceptSsoInvitationResult = void;

/** 'AcceptSsoInvitation' query type */
export interface IAcceptSsoInvitationQuery {
  params: IAcceptSsoInvitationParams;
  result: IAcceptSsoInvitationResult;
}

/** 'LinkIdentity' parameters type */
export interface ILinkIdentityParams {
  email: string;
  issuer: string;
  organizationId: string;
  subject: string;
  userId: string;
}

/** 'LinkIdentity' return type */
export interface ILinkIdentityResult {
  id: string;
}

/** 'LinkIdentity' query type */
export interface ILinkIdentityQuery {
  params: ILinkIdentityParams;
  result: ILinkIdentityResult;
}

