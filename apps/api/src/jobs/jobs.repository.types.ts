/** Types generated for queries found in "apps/api/src/jobs/jobs.repository.ts" */
export type job_status = 'CLOSED' | 'OPEN';

export type member_role = 'ADMIN' | 'HIRING_MANAGER' | 'INTERVIEWER' | 'RECRUITER';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type member_roleArray = (member_role)[];

export type stringArray = (string)[];

/** 'SelectJobs' parameters type */
export interface ISelectJobsParams {
  jobIds?: stringArray | null | void;
  organizationId?: string | null | void;
}

/** 'SelectJobs' return type */
export interface ISelectJobsResult {
  candidateCount: number;
  createdAt: Date;
  hiringManagerId: string;
  hiringManagerName: string;
  id: string;
  status: job_status;
  team: string;
  title: string;
  updatedAt: Date;
  version: number;
}

/** 'SelectJobs' query type */
export interface ISelectJobsQuery {
  params: ISelectJobsParams;
  result: ISelectJobsResult;
}

/** 'InsertJob' parameters type */
export interface IInsertJobParams {
  createdBy: string;
  hiringManagerId: string;
  organizationId: string;
  team: string;
  title: string;
}

/** 'InsertJob' return type */
export interface IInsertJobResult {
  id: string;
}

/** 'InsertJob' query type */
export interface IInsertJobQuery {
  params: IInsertJobParams;
  result: IInsertJobResult;
}

/** 'UpdateJob' parameters type */
export interface IUpdateJobParams {
  hiringManagerId: string;
  id: string;
  organizationId: string;
  status?: job_status | null | void;
  team: string;
  title: string;
  version: number;
}

/** 'UpdateJob' return type */
export type IUpdateJobResult = void;

/** 'UpdateJob' query type */
export interface IUpdateJobQuery {
  params: IUpdateJobParams;
  result: IUpdateJobResult;
}

/** 'SelectRounds' parameters type */
export interface ISelectRoundsParams {
  jobIds: stringArray;
}

/** 'SelectRounds' return type */
export interface ISelectRoundsResult {
  id: string;
  jobId: string;
  kitId: string;
  kitInterviewMinutes: number;
  kitRoleName: string;
  kitTitle: string;
  name: string;
  position: number;
}

/** 'SelectRounds' query type */
export interface ISelectRoundsQuery {
  params: ISelectRoundsParams;
  result: ISelectRoundsResult;
}

/** 'FindHiringManager' parameters type */
export interface IFindHiringManagerParams {
  organizationId: string;
  roles: member_roleArray;
  userId: string;
}

/** 'FindHiringManager' return type */
export interface IFindHiringManagerResult {
  userId: string;
}

/** 'FindHiringManager' query type */
export interface IFindHiringManagerQuery {
  params: IFindHiringManagerParams;
  result: IFindHiringManagerResult;
}

/** 'FindActiveKits' parameters type */
export interface IFindActiveKitsParams {
  kitIds: stringArray;
  organizationId: string;
}

/** 'FindActiveKits' return type */
export interface IFindActiveKitsResult {
  id: string;
}

/** 'FindActiveKits' query type */
export interface IFindActiveKitsQuery {
  params: IFindActiveKitsParams;
  result: IFindActiveKitsResult;
}

/** 'DeleteDroppedRounds' parameters type */
export interface IDeleteDroppedRoundsParams {
  jobId: string;
  keep: stringArray;
}

/** 'DeleteDroppedRounds' return type */
export type IDeleteDroppedRoundsResult = void;

/** 'DeleteDroppedRounds' query type */
export interface IDeleteDroppedRoundsQuery {
  params: IDeleteDroppedRoundsParams;
  result: IDeleteDroppedRoundsResult;
}

/** 'ParkRounds' parameters type */
export interface IParkRoundsParams {
  jobId: string;
}

/** 'ParkRounds' return type */
export type IParkRoundsResult = void;

/** 'ParkRounds' query type */
export interface IParkRoundsQuery {
  params: IParkRoundsParams;
  result: IParkRoundsResult;
}

/** 'UpdateKeptRounds' parameters type */
export interface IUpdateKeptRoundsParams {
  jobId: string;
  rounds: Json;
}

/** 'UpdateKeptRounds' return type */
export interface IUpdateKeptRoundsResult {
  id: string;
}

/** 'UpdateKeptRounds' query type */
export interface IUpdateKeptRoundsQuery {
  params: IUpdateKeptRoundsParams;
  result: IUpdateKeptRoundsResult;
}

/** 'InsertRounds' parameters type */
export interface IInsertRoundsParams {
  jobId: string;
  rounds: Json;
}

/** 'InsertRounds' return type */
export type IInsertRoundsResult = void;

/** 'InsertRounds' query type */
export interface IInsertRoundsQuery {
  params: IInsertRoundsParams;
  result: IInsertRoundsResult;
}

