/** Types generated for queries found in "apps/api/src/hiring-decisions/hiring-decisions.repository.ts" */
export type hiring_decision = 'HIRE' | 'HOLD' | 'NO_HIRE';

/** 'FindDecisionLoop' parameters type */
export interface IFindDecisionLoopParams {
  loopId: string;
  organizationId: string;
  userId: string;
}

/** 'FindDecisionLoop' return type */
export interface IFindDecisionLoopResult {
  hiringManagerId: string;
  owesScorecard: boolean;
}

/** 'FindDecisionLoop' query type */
export interface IFindDecisionLoopQuery {
  params: IFindDecisionLoopParams;
  result: IFindDecisionLoopResult;
}

/** 'InsertHiringDecision' parameters type */
export interface IInsertHiringDecisionParams {
  decision: hiring_decision;
  loopId: string;
  organizationId: string;
  rationale: string;
  userId: string;
}

/** 'InsertHiringDecision' return type */
export interface IInsertHiringDecisionResult {
  decidedAt: Date;
  decidedByName: string;
  decision: hiring_decision;
  id: string;
  loopId: string;
  rationale: string;
}

/** 'InsertHiringDecision' query type */
export interface IInsertHiringDecisionQuery {
  params: IInsertHiringDecisionParams;
  result: IInsertHiringDecisionResult;
}

