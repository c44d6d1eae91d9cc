/** Types generated for queries found in "apps/api/src/mail/mail-outbox.repository.ts" */
export type mail_kind = 'DIGEST' | 'INTERVIEW_ASSIGNED' | 'INTERVIEW_CANCELLED' | 'INVITATION' | 'PASSWORD_RESET' | 'SCORECARD_REMINDER';

/** 'InsertMessage' parameters type */
export interface IInsertMessageParams {
  calendar?: string | null | void;
  dedupeKey?: string | null | void;
  html: string;
  kind: mail_kind;
  organizationId: string;
  recipientId?: string | null | void;
  subject: string;
  text: string;
  to: string;
}

/** 'InsertMessage' return type */
export interface IInsertMessageResult {
  id: string;
}

/** 'InsertMessage' query type */
export interface IInsertMessageQuery {
  params: IInsertMessageParams;
  result: IInsertMessageResult;
}

/** 'ClaimPending' parameters type */
export interface IClaimPendingParams {
  id: string;
  leaseSeconds: number;
}

/** 'ClaimPending' return type */
export interface IClaimPendingResult {
  calendar: string | null;
  html: string | null;
  id: string;
  kind: mail_kind;
  organizationName: string;
  subject: string;
  text: string | null;
  to: string;
}

/** 'ClaimPending' query type */
export interface IClaimPendingQuery {
  params: IClaimPendingParams;
  result: IClaimPendingResult;
}

/** 'MarkSent' parameters type */
export interface IMarkSentParams {
  id: string;
}

/** 'MarkSent' return type */
export type IMarkSentResult = void;

/** 'MarkSent' query type */
export interface IMarkSentQuery {
  params: IMarkSentParams;
  result: IMarkSentResult;
}

/** 'AttemptFailed' parameters type */
export interface IAttemptFailedParams {
  error: string;
  id: string;
  maxAttempts: number;
}

/** 'AttemptFailed' return type */
export type IAttemptFailedResult = void;

/** 'AttemptFailed' query type */
export interface IAttemptFailedQuery {
  params: IAttemptFailedParams;
  result: IAttemptFailedResult;
}

/** 'PendingMessages' parameters type */
export interface IPendingMessagesParams {
  olderThanSeconds: number;
}

/** 'PendingMessages' return type */
export interface IPendingMessagesResult {
  id: string;
}

/** 'PendingMessages' query type */
export interface IPendingMessagesQuery {
  params: IPendingMessagesParams;
  result: IPendingMessagesResult;
}

/** 'MailBacklog' parameters type */
export type IMailBacklogParams = void;

/** 'MailBacklog' return type */
export interface IMailBacklogResult {
  failedToday: string;
  retrying: string;
}

/** 'MailBacklog' query type */
export interface IMailBacklogQuery {
  params: IMailBacklogParams;
  result: IMailBacklogResult;
}

