/** Types generated for queries found in "apps/api/src/kits/kits.repository.ts" */
export type kit_status = 'ACTIVE' | 'ARCHIVED';

export type question_difficulty = 'junior' | 'mid' | 'senior';

export type question_type = 'behavioural' | 'career' | 'coding' | 'situational' | 'system-design' | 'technical';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type stringArray = (string)[];

/** 'SelectKits' parameters type */
export interface ISelectKitsParams {
  id?: string | null | void;
  organizationId: string;
  status?: kit_status | null | void;
}

/** 'SelectKits' return type */
export interface ISelectKitsResult {
  clonedFromId: string | null;
  competencyWeights: Json;
  createdAt: Date;
  deletable: boolean;
  id: string;
  interviewMinutes: number;
  notes: string;
  ratingScale: Json;
  roleName: string;
  status: kit_status;
  title: string;
  updatedAt: Date;
  version: number;
}

/** 'SelectKits' query type */
export interface ISelectKitsQuery {
  params: ISelectKitsParams;
  result: ISelectKitsResult;
}

/** 'SelectKitWithSections' parameters type */
export interface ISelectKitWithSectionsParams {
  id: string;
  organizationId: string;
}

/** 'SelectKitWithSections' return type */
export interface ISelectKitWithSectionsResult {
  clonedFromId: string | null;
  competencyWeights: Json;
  createdAt: Date;
  deletable: boolean;
  id: string;
  interviewMinutes: number;
  notes: string;
  ratingScale: Json;
  roleName: string;
  sections: Json;
  status: kit_status;
  title: string;
  updatedAt: Date;
  version: number;
}

/** 'SelectKitWithSections' query type */
export interface ISelectKitWithSectionsQuery {
  params: ISelectKitWithSectionsParams;
  result: ISelectKitWithSectionsResult;
}

/** 'InsertKit' parameters type */
export interface IInsertKitParams {
  competencyWeights: Json;
  createdBy: string;
  interviewMinutes: number;
  notes: string;
  organizationId: string;
  ratingScale: Json;
  roleName: string;
  title: string;
}

/** 'InsertKit' return type */
export interface IInsertKitResult {
  id: string;
}

/** 'InsertKit' query type */
export interface IInsertKitQuery {
  params: IInsertKitParams;
  result: IInsertKitResult;
}

/** 'UpdateKit' parameters type */
export interface IUpdateKitParams {
  competencyWeights: Json;
  id: string;
  interviewMinutes: number;
  notes: string;
  organizationId: string;
  ratingScale: Json;
  roleName: string;
  title: string;
  version: number;
}

/** 'UpdateKit' return type */
export type IUpdateKitResult = void;

/** 'UpdateKit' query type */
export interface IUpdateKitQuery {
  params: IUpdateKitParams;
  result: IUpdateKitResult;
}

/** 'PinnedRevisions' parameters type */
export interface IPinnedRevisionsParams {
  kitId: string;
}

/** 'PinnedRevisions' return type */
export interface IPinnedRevisionsResult {
  questionId: string;
  revisionId: string;
}

/** 'PinnedRevisions' query type */
export interface IPinnedRevisionsQuery {
  params: IPinnedRevisionsParams;
  result: IPinnedRevisionsResult;
}

/** 'DeleteSections' parameters type */
export interface IDeleteSectionsParams {
  kitId: string;
}

/** 'DeleteSections' return type */
export type IDeleteSectionsResult = void;

/** 'DeleteSections' query type */
export interface IDeleteSectionsQuery {
  params: IDeleteSectionsParams;
  result: IDeleteSectionsResult;
}

/** 'InsertSections' parameters type */
export interface IInsertSectionsParams {
  kitId: string;
  questions: Json;
  sections: Json;
}

/** 'InsertSections' return type */
export type IInsertSectionsResult = void;

/** 'InsertSections' query type */
export interface IInsertSectionsQuery {
  params: IInsertSectionsParams;
  result: IInsertSectionsResult;
}

/** 'CloneKit' parameters type */
export interface ICloneKitParams {
  createdBy: string;
  kitId: string;
  organizationId: string;
}

/** 'CloneKit' return type */
export interface ICloneKitResult {
  id: string;
}

/** 'CloneKit' query type */
export interface ICloneKitQuery {
  params: ICloneKitParams;
  result: ICloneKitResult;
}

/** 'CloneSections' parameters type */
export interface ICloneSectionsParams {
  kitId: string;
  newKitId: string;
}

/** 'CloneSections' return type */
export type ICloneSectionsResult = void;

/** 'CloneSections' query type */
export interface ICloneSectionsQuery {
  params: ICloneSectionsParams;
  result: ICloneSectionsResult;
}

/** 'SetKitStatus' parameters type */
export interface ISetKitStatusParams {
  id: string;
  organizationId: string;
  status: kit_status;
}

/** 'SetKitStatus' return type */
export type ISetKitStatusResult = void;

/** 'SetKitStatus' query type */
export interface ISetKitStatusQuery {
  params: ISetKitStatusParams;
  result: ISetKitStatusResult;
}

/** 'LockKit' parameters type */
export interface ILockKitParams {
  id: string;
  organizationId: string;
}

/** 'LockKit' return type */
export interface ILockKitResult {
  title: string;
  version: number;
}

/** 'LockKit' query type */
export interface ILockKitQuery {
  params: ILockKitParams;
  result: ILockKitResult;
}

/** 'DeleteUnusedKit' parameters type */
export interface IDeleteUnusedKitParams {
  id: string;
  organizationId: string;
}

/** 'DeleteUnusedKit' return type */
export type IDeleteUnusedKitResult = void;

/** 'DeleteUnusedKit' query type */
export interface IDeleteUnusedKitQuery {
  params: IDeleteUnusedKitParams;
  result: IDeleteUnusedKitResult;
}

/** 'TakeNewerRevision' parameters type */
export interface ITakeNewerRevisionParams {
  kitQuestionId: string;
  organizationId: string;
}

/** 'TakeNewerRevision' return type */
export interface ITakeNewerRevisionResult {
  kitId: string;
}

/** 'TakeNewerRevision' query type */
export interface ITakeNewerRevisionQuery {
  params: ITakeNewerRevisionParams;
  result: ITakeNewerRevisionResult;
}

/** 'TouchKit' parameters type */
export interface ITouchKitParams {
  kitId: string;
}

/** 'TouchKit' return type */
export type ITouchKitResult = void;

/** 'TouchKit' query type */
export interface ITouchKitQuery {
  params: ITouchKitParams;
  result: ITouchKitResult;
}

/** 'SelectSections' parameters type */
export interface ISelectSectionsParams {
  kitIds: stringArray;
}

/** 'SelectSections' return type */
export interface ISelectSectionsResult {
  competency: string;
  id: string;
  kitId: string;
  position: number;
  title: string;
}

/** 'SelectSections' query type */
export interface ISelectSectionsQuery {
  params: ISelectSectionsParams;
  result: ISelectSectionsResult;
}

/** 'SelectKitQuestions' parameters type */
export interface ISelectKitQuestionsParams {
  kitIds: stringArray;
}

/** 'SelectKitQuestions' return type */
export interface ISelectKitQuestionsResult {
  archived: boolean;
  category: stringArray;
  changeNote: string | null;
  classification: Json;
  code: string | null;
  competencies: stringArray;
  createdAt: Date;
  createdByName: string | null;
  currentRevision: number;
  difficulty: question_difficulty;
  followUps: stringArray;
  id: string;
  interviewerGuidance: string | null;
  kitQuestionId: string;
  label: string | null;
  lookFor: stringArray;
  newerRevisionAvailable: boolean;
  plannedMinutes: number;
  position: number;
  prompt: string;
  questionId: string;
  redFlags: stringArray;
  referenceAnswer: string | null;
  revision: number;
  sampleAnswer: string | null;
  sectionId: string;
  tags: stringArray;
  type: question_type;
  whatToExpect: string | null;
}

/** 'SelectKitQuestions' query type */
export interface ISelectKitQuestionsQuery {
  params: ISelectKitQuestionsParams;
  result: ISelectKitQuestionsResult;
}

/** 'KitsUsing' parameters type */
export interface IKitsUsingParams {
  organizationId: string;
  questionIds: stringArray;
}

/** 'KitsUsing' return type */
export interface IKitsUsingResult {
  id: string;
  pinnedRevision: number;
  questionId: string;
  roleName: string;
  title: string;
}

/** 'KitsUsing' query type */
export interface IKitsUsingQuery {
  params: IKitsUsingParams;
  result: IKitsUsingResult;
}

/** 'FindBankQuestions' parameters type */
export interface IFindBankQuestionsParams {
  ids: stringArray;
  organizationId: string;
}

/** 'FindBankQuestions' return type */
export interface IFindBankQuestionsResult {
  hasRubric: boolean;
  id: string;
  revisionId: string;
}

/** 'FindBankQuestions' query type */
export interface IFindBankQuestionsQuery {
  params: IFindBankQuestionsParams;
  result: IFindBankQuestionsResult;
}

