/** Types generated for queries found in "apps/api/src/audit/audit.repository.ts" */
export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type NumberOrString = number | string;

export type stringArray = (string)[];

/** 'InsertAuditEvents' parameters type */
export interface IInsertAuditEventsParams {
  events: Json;
  ipAddress?: string | null | void;
  requestId?: string | null | void;
}

/** 'InsertAuditEvents' return type */
export type IInsertAuditEventsResult = void;

/** 'InsertAuditEvents' query type */
export interface IInsertAuditEventsQuery {
  params: IInsertAuditEventsParams;
  result: IInsertAuditEventsResult;
}

/** 'SelectAuditEvents' parameters type */
export interface ISelectAuditEventsParams {
  action?: string | null | void;
  actorId?: string | null | void;
  afterAt?: DateOrString | null | void;
  afterId?: NumberOrString | null | void;
  from?: DateOrString | null | void;
  limit: NumberOrString;
  organizationId: string;
  targetId?: string | null | void;
  targetType?: string | null | void;
  to?: DateOrString | null | void;
}

/** 'SelectAuditEvents' return type */
export interface ISelectAuditEventsResult {
  action: string;
  actorId: string | null;
  actorLabel: string;
  details: Json;
  id: string;
  ipAddress: string | null;
  occurredAt: Date;
  requestId: string | null;
  targetId: string | null;
  targetType: string | null;
}

/** 'SelectAuditEvents' query type */
export interface ISelectAuditEventsQuery {
  params: ISelectAuditEventsParams;
  result: ISelectAuditEventsResult;
}

/** 'RetentionDays' parameters type */
export interface IRetentionDaysParams {
  organizationId: string;
}

/** 'RetentionDays' return type */
export interface IRetentionDaysResult {
  days: number;
}

/** 'RetentionDays' query type */
export interface IRetentionDaysQuery {
  params: IRetentionDaysParams;
  result: IRetentionDaysResult;
}

/** 'SetRetentionDays' parameters type */
export interface ISetRetentionDaysParams {
  days: number;
  organizationId: string;
}

/** 'SetRetentionDays' return type */
export interface ISetRetentionDaysResult {
  previous: number;
}

/** 'SetRetentionDays' query type */
export interface ISetRetentionDaysQuery {
  params: ISetRetentionDaysParams;
  result: ISetRetentionDaysResult;
}

/** 'LockAuditPrune' parameters type */
export type ILockAuditPruneParams = void;

/** 'LockAuditPrune' return type */
export interface ILockAuditPruneResult {
  locked: boolean;
}

/** 'LockAuditPrune' query type */
export interface ILockAuditPruneQuery {
  params: ILockAuditPruneParams;
  result: ILockAuditPruneResult;
}

/** 'SetAuditMaintenance' parameters type */
export type ISetAuditMaintenanceParams = void;

/** 'SetAuditMaintenance' return type */
export type ISetAuditMaintenanceResult = void;

/** 'SetAuditMaintenance' query type */
export interface ISetAuditMaintenanceQuery {
  params: ISetAuditMaintenanceParams;
  result: ISetAuditMaintenanceResult;
}

/** 'PruneAuditEvents' parameters type */
export type IPruneAuditEventsParams = void;

/** 'PruneAuditEvents' return type */
export interface IPruneAuditEventsResult {
  organizationId: string;
  removed: number;
}

/** 'PruneAuditEvents' query type */
export interface IPruneAuditEventsQuery {
  params: IPruneAuditEventsParams;
  result: IPruneAuditEventsResult;
}

/** 'FindForeignIds' parameters type */
export interface IFindForeignIdsParams {
  ids: stringArray;
  organizationId: string;
}

/** 'FindForeignIds' return type */
export interface IFindForeignIdsResult {
  id: string;
  kind: string;
}

/** 'FindForeignIds' query type */
export interface IFindForeignIdsQuery {
  params: IFindForeignIdsParams;
  result: IFindForeignIdsResult;
}

