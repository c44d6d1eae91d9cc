/** Types generated for queries found in "apps/api/src/organizations/organizations.repository.ts" */
export type member_role = 'ADMIN' | 'HIRING_MANAGER' | 'INTERVIEWER' | 'RECRUITER';

export type member_status = 'ACTIVE' | 'DEACTIVATED' | 'INVITED';

/** 'InsertOrganization' parameters type */
export interface IInsertOrganizationParams {
  name: string;
  slug: string;
}

/** 'InsertOrganization' return type */
export interface IInsertOrganizationResult {
  id: string;
  name: string;
  slug: string;
}

/** 'InsertOrganization' query type */
export interface IInsertOrganizationQuery {
  params: IInsertOrganizationParams;
  result: IInsertOrganizationResult;
}

/** 'InsertAdminMembership' parameters type */
export interface IInsertAdminMembershipParams {
  organizationId: string;
  userId: string;
}

/** 'InsertAdminMembership' return type */
export type IInsertAdminMembershipResult = void;

/** 'InsertAdminMembership' query type */
export interface IInsertAdminMembershipQuery {
  params: IInsertAdminMembershipParams;
  result: IInsertAdminMembershipResult;
}

/** 'FindSettings' parameters type */
export interface IFindSettingsParams {
  organizationId: string;
}

/** 'FindSettings' return type */
export interface IFindSettingsResult {
  id: string;
  name: string;
  passwordSignIn: boolean;
  slug: string;
  version: number;
}

/** 'FindSettings' query type */
export interface IFindSettingsQuery {
  params: IFindSettingsParams;
  result: IFindSettingsResult;
}

/** 'RenameOrganization' parameters type */
export interface IRenameOrganizationParams {
  name: string;
  organizationId: string;
  version: number;
}

/** 'RenameOrganization' return type */
export interface IRenameOrganizationResult {
  id: string;
  name: string;
  passwordSignIn: boolean;
  slug: string;
  version: number;
}

/** 'RenameOrganization' query type */
export interface IRenameOrganizationQuery {
  params: IRenameOrganizationParams;
  result: IRenameOrganizationResult;
}

/** 'HasEnabledSso' parameters type */
export interface IHasEnabledSsoParams {
  organizationId: string;
}

/** 'HasEnabledSso' return type */
export interface IHasEnabledSsoResult {
  organizationId: string;
}

/** 'HasEnabledSso' query type */
export interface IHasEnabledSsoQuery {
  params: IHasEnabledSsoParams;
  result: IHasEnabledSsoResult;
}

/** 'SetPasswordSignIn' parameters type */
export interface ISetPasswordSignInParams {
  enabled: boolean;
  organizationId: string;
}

/** 'SetPasswordSignIn' return type */
export type ISetPasswordSignInResult = void;

/** 'SetPasswordSignIn' query type */
export interface ISetPasswordSignInQuery {
  params: ISetPasswordSignInParams;
  result: ISetPasswordSignInResult;
}

/** 'ListOrganizations' parameters type */
export type IListOrganizationsParams = void;

/** 'ListOrganizations' return type */
export interface IListOrganizationsResult {
  invited: number;
  members: number;
  name: string;
  slug: string;
}

/** 'ListOrganizations' query type */
export interface IListOrganizationsQuery {
  params: IListOrganizationsParams;
  result: IListOrganizationsResult;
}

/** 'FindOrganizationBySlug' parameters type */
export interface IFindOrganizationBySlugParams {
  slug: string;
}

/** 'FindOrganizationBySlug' return type */
export interface IFindOrganizationBySlugResult {
  id: string;
  name: string;
}

/** 'FindOrganizationBySlug' query type */
export interface IFindOrganizationBySlugQuery {
  params: IFindOrganizationBySlugParams;
  result: IFindOrganizationBySlugResult;
}

/** 'FindMemberByEmail' parameters type */
export interface IFindMemberByEmailParams {
  email: string;
  organizationId: string;
}

/** 'FindMemberByEmail' return type */
export interface IFindMemberByEmailResult {
  id: string;
  role: member_role;
  status: member_status;
}

/** 'FindMemberByEmail' query type */
export interface IFindMemberByEmailQuery {
  params: IFindMemberByEmailParams;
  result: IFindMemberByEmailResult;
}

/** 'PromoteInvitedMember' parameters type */
export interface IPromoteInvitedMemberParams {
  membershipId: string;
}

/** 'PromoteInvitedMember' return type */
export type IPromoteInvitedMemberResult = void;

/** 'PromoteInvitedMember' query type */
export interface IPromoteInvitedMemberQuery {
  params: IPromoteInvitedMemberParams;
  result: IPromoteInvitedMemberResult;
}

/** 'AnyOrganization' parameters type */
export type IAnyOrganizationParams = void;

/** 'AnyOrganization' return type */
export interface IAnyOrganizationResult {
  any: boolean;
}

/** 'AnyOrganization' query type */
export interface IAnyOrganizationQuery {
  params: IAnyOrganizationParams;
  result: IAnyOrganizationResult;
}

