/** Types generated for queries found in "apps/api/src/auth/accounts.repository.ts" */
export type member_role = 'ADMIN' | 'HIRING_MANAGER' | 'INTERVIEWER' | 'RECRUITER';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'FindAccountByEmail' parameters type */
export interface IFindAccountByEmailParams {
  email: string;
}

/** 'FindAccountByEmail' return type */
export interface IFindAccountByEmailResult {
  id: string;
  passwordHash: string | null;
}

/** 'FindAccountByEmail' query type */
export interface IFindAccountByEmailQuery {
  params: IFindAccountByEmailParams;
  result: IFindAccountByEmailResult;
}

/** 'FindAccount' parameters type */
export interface IFindAccountParams {
  userId: string;
}

/** 'FindAccount' return type */
export interface IFindAccountResult {
  email: string;
  id: string;
  name: string;
  passwordHash: string | null;
}

/** 'FindAccount' query type */
export interface IFindAccountQuery {
  params: IFindAccountParams;
  result: IFindAccountResult;
}

/** 'SetPasswordHash' parameters type */
export interface ISetPasswordHashParams {
  passwordHash: string;
  userId: string;
}

/** 'SetPasswordHash' return type */
export type ISetPasswordHashResult = void;

/** 'SetPasswordHash' query type */
export interface ISetPasswordHashQuery {
  params: ISetPasswordHashParams;
  result: ISetPasswordHashResult;
}

/** 'MembershipOrganizations' parameters type */
export interface IMembershipOrganizationsParams {
  userId: string;
}

/** 'MembershipOrganizations' return type */
export interface IMembershipOrganizationsResult {
  organizationId: string;
}

/** 'MembershipOrganizations' query type */
export interface IMembershipOrganizationsQuery {
  params: IMembershipOrganizationsParams;
  result: IMembershipOrganizationsResult;
}

/** 'ActiveMemberships' parameters type */
export interface IActiveMembershipsParams {
  userId: string;
}

/** 'ActiveMemberships' return type */
export interface IActiveMembershipsResult {
  organizationId: string;
  organizationName: string;
  organizationSlug: string;
  passwordSignIn: boolean;
  role: member_role;
}

/** 'ActiveMemberships' query type */
export interface IActiveMembershipsQuery {
  params: IActiveMembershipsParams;
  result: IActiveMembershipsResult;
}

/** 'AccountWithMemberships' parameters type */
export interface IAccountWithMembershipsParams {
  userId: string;
}

/** 'AccountWithMemberships' return type */
export interface IAccountWithMembershipsResult {
  email: string;
  id: string;
  memberships: Json;
  name: string;
}

/** 'AccountWithMemberships' query type */
export interface IAccountWithMembershipsQuery {
  params: IAccountWithMembershipsParams;
  result: IAccountWithMembershipsResult;
}

