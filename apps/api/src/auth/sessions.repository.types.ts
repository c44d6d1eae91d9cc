/** Types generated for queries found in "apps/api/src/auth/sessions.repository.ts" */
export type member_role = 'ADMIN' | 'HIRING_MANAGER' | 'INTERVIEWER' | 'RECRUITER';

/** 'InsertSession' parameters type */
export interface IInsertSessionParams {
  ipAddress?: string | null | void;
  organizationId: string;
  ssoOrganizationId?: string | null | void;
  ttlSeconds: number;
  userAgent?: string | null | void;
  userId: string;
}

/** 'InsertSession' return type */
export interface IInsertSessionResult {
  id: string;
}

/** 'InsertSession' query type */
export interface IInsertSessionQuery {
  params: IInsertSessionParams;
  result: IInsertSessionResult;
}

/** 'FindSessionAccess' parameters type */
export interface IFindSessionAccessParams {
  organizationId?: string | null | void;
  sessionId: string;
}

/** 'FindSessionAccess' return type */
export interface IFindSessionAccessResult {
  expiresAt: Date;
  organizationId: string;
  role: member_role;
  ssoOrganizationId: string | null;
  userId: string;
}

/** 'FindSessionAccess' query type */
export interface IFindSessionAccessQuery {
  params: IFindSessionAccessParams;
  result: IFindSessionAccessResult;
}

/** 'RevokeSession' parameters type */
export interface IRevokeSessionParams {
  sessionId: string;
}

/** 'RevokeSession' return type */
export type IRevokeSessionResult = void;

/** 'RevokeSession' query type */
export interface IRevokeSessionQuery {
  params: IRevokeSessionParams;
  result: IRevokeSessionResult;
}

/** 'RevokeUserSessions' parameters type */
export interface IRevokeUserSessionsParams {
  keep?: string | null | void;
  userId: string;
}

/** 'RevokeUserSessions' return type */
export type IRevokeUserSessionsResult = void;

/** 'RevokeUserSessions' query type */
export interface IRevokeUserSessionsQuery {
  params: IRevokeUserSessionsParams;
  result: IRevokeUserSessionsResult;
}

/** 'RevokeUserOrganizationSessions' parameters type */
export interface IRevokeUserOrganizationSessionsParams {
  organizationId: string;
  userId: string;
}

/** 'RevokeUserOrganizationSessions' return type */
export type IRevokeUserOrganizationSessionsResult = void;

/** 'RevokeUserOrganizationSessions' query type */
export interface IRevokeUserOrganizationSessionsQuery {
  params: IRevokeUserOrganizationSessionsParams;
  result: IRevokeUserOrganizationSessionsResult;
}

/** 'RevokeOrganizationPasswordSessions' parameters type */
export interface IRevokeOrganizationPasswordSessionsParams {
  organizationId: string;
}

/** 'RevokeOrganizationPasswordSessions' return type */
export type IRevokeOrganizationPasswordSessionsResult = void;

/** 'RevokeOrganizationPasswordSessions' query type */
export interface IRevokeOrganizationPasswordSessionsQuery {
  params: IRevokeOrganizationPasswordSessionsParams;
  result: IRevokeOrganizationPasswordSessionsResult;
}

/** 'RevokeSsoSessions' parameters type */
export interface IRevokeSsoSessionsParams {
  organizationId: string;
}

/** 'RevokeSsoSessions' return type */
export type IRevokeSsoSessionsResult = void;

/** 'RevokeSsoSessions' query type */
export interface IRevokeSsoSessionsQuery {
  params: IRevokeSsoSessionsParams;
  result: IRevokeSsoSessionsResult;
}

/** 'MoveSession' parameters type */
export interface IMoveSessionParams {
  organizationId: string;
  sessionId: string;
}

/** 'MoveSession' return type */
export type IMoveSessionResult = void;

/** 'MoveSession' query type */
export interface IMoveSessionQuery {
  params: IMoveSessionParams;
  result: IMoveSessionResult;
}

/** 'ListLiveSessions' parameters type */
export interface IListLiveSessionsParams {
  currentId: string;
  ssoOrganizationId?: string | null | void;
  userId: string;
}

/** 'ListLiveSessions' return type */
export interface IListLiveSessionsResult {
  createdAt: Date;
  current: boolean;
  expiresAt: Date;
  id: string;
  ipAddress: string | null;
  singleSignOn: boolean;
  userAgent: string | null;
}

/** 'ListLiveSessions' query type */
export interface IListLiveSessionsQuery {
  params: IListLiveSessionsParams;
  result: IListLiveSessionsResult;
}

/** 'EndOwnSession' parameters type */
export interface IEndOwnSessionParams {
  sessionId: string;
  ssoOrganizationId?: string | null | void;
  userId: string;
}

/** 'EndOwnSession' return type */
export type IEndOwnSessionResult = void;

/** 'EndOwnSession' query type */
export interface IEndOwnSessionQuery {
  params: IEndOwnSessionParams;
  result: IEndOwnSessionResult;
}

/** 'EndOtherSessions' parameters type */
export interface IEndOtherSessionsParams {
  currentId: string;
  ssoOrganizationId?: string | null | void;
  userId: string;
}

/** 'EndOtherSessions' return type */
export type IEndOtherSessionsResult = void;

/** 'EndOtherSessions' query type */
export interface IEndOtherSessionsQuery {
  params: IEndOtherSessionsParams;
  result: IEndOtherSessionsResult;
}

