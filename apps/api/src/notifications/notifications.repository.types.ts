/** Types generated for queries found in "apps/api/src/notifications/notifications.repository.ts" */
export type member_role = 'ADMIN' | 'HIRING_MANAGER' | 'INTERVIEWER' | 'RECRUITER';

export type DateOrString = Date | string;

export type stringArray = (string)[];

/** 'FindMembershipRecipient' parameters type */
export interface IFindMembershipRecipientParams {
  membershipId: string;
}

/** 'FindMembershipRecipient' return type */
export interface IFindMembershipRecipientResult {
  email: string;
  name: string;
  organizationId: string;
  organizationName: string;
  role: member_role;
  userId: string;
}

/** 'FindMembershipRecipient' query type */
export interface IFindMembershipRecipientQuery {
  params: IFindMembershipRecipientParams;
  result: IFindMembershipRecipientResult;
}

/** 'FindResetRecipient' parameters type */
export interface IFindResetRecipientParams {
  organizationId: string;
  userId: string;
}

/** 'FindResetRecipient' return type */
export interface IFindResetRecipientResult {
  email: string;
  name: string;
  organizationName: string;
}

/** 'FindResetRecipient' query type */
export interface IFindResetRecipientQuery {
  params: IFindResetRecipientParams;
  result: IFindResetRecipientResult;
}

/** 'SelectSeatsForMail' parameters type */
export interface ISelectSeatsForMailParams {
  interviewId: string;
  userIds: stringArray;
}

/** 'SelectSeatsForMail' return type */
export interface ISelectSeatsForMailResult {
  candidateName: string;
  durationMinutes: number;
  email: string;
  interviewId: string;
  jobTitle: string;
  name: string;
  organizationId: string;
  organizationName: string;
  roundName: string | null;
  start: Date;
  userId: string;
  version: number;
}

/** 'SelectSeatsForMail' query type */
export interface ISelectSeatsForMailQuery {
  params: ISelectSeatsForMailParams;
  result: ISelectSeatsForMailResult;
}

/** 'RemindableScorecards' parameters type */
export interface IRemindableScorecardsParams {
  delayHours: number;
  maxDays: number;
  now: DateOrString;
}

/** 'RemindableScorecards' return type */
export interface IRemindableScorecardsResult {
  candidateName: string;
  email: string;
  endedAt: Date;
  interviewId: string;
  jobTitle: string;
  name: string;
  organizationId: string;
  organizationName: string;
  scorecardId: string;
  userId: string;
}

/** 'RemindableScorecards' query type */
export interface IRemindableScorecardsQuery {
  params: IRemindableScorecardsParams;
  result: IRemindableScorecardsResult;
}

/** 'DigestScorecards' parameters type */
export interface IDigestScorecardsParams {
  maxDays: number;
  now: DateOrString;
}

/** 'DigestScorecards' return type */
export interface IDigestScorecardsResult {
  candidateName: string;
  endedAt: Date;
  interviewerName: string;
  jobTitle: string;
  organizationId: string;
  organizationName: string;
  recipientEmail: string;
  recipientId: string;
  recipientName: string;
}

/** 'DigestScorecards' query type */
export interface IDigestScorecardsQuery {
  params: IDigestScorecardsParams;
  result: IDigestScorecardsResult;
}

/** 'FindPreferences' parameters type */
export interface IFindPreferencesParams {
  userId: string;
}

/** 'FindPreferences' return type */
export interface IFindPreferencesResult {
  dailyDigest: boolean;
  scorecardReminders: boolean;
}

/** 'FindPreferences' query type */
export interface IFindPreferencesQuery {
  params: IFindPreferencesParams;
  result: IFindPreferencesResult;
}

/** 'UpdatePreferences' parameters type */
export interface IUpdatePreferencesParams {
  dailyDigest: boolean;
  scorecardReminders: boolean;
  userId: string;
}

/** 'UpdatePreferences' return type */
export interface IUpdatePreferencesResult {
  dailyDigest: boolean;
  scorecardReminders: boolean;
}

/** 'UpdatePreferences' query type */
export interface IUpdatePreferencesQuery {
  params: IUpdatePreferencesParams;
  result: IUpdatePreferencesResult;
}

