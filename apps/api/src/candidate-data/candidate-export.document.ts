import { groupRows } from '../common/graphql/request-loaders';

/** Bumped when the document's shape changes, so whoever reads old exports knows which one they hold. */
export const EXPORT_FORMAT = 'panelist.candidate-export/1';

export interface ExportCandidateRow {
  id: string;
  organizationName: string;
  name: string;
  email: string;
  links: string[];
  createdAt: Date;
  updatedAt: Date;
  erasedAt: Date | null;
}

export interface ExportLoopRow {
  id: string;
  jobId: string;
  jobTitle: string;
  team: string;
  createdAt: Date;
}

export interface ExportInterviewRow {
  id: string;
  loopId: string;
  scheduledAt: Date;
  durationMinutes: number;
  round: string | null;
  kit: string | null;
}

export interface ExportScorecardRow {
  id: string;
  interviewId: string;
  interviewer: string;
  status: string;
  recommendation: string | null;
  summary: string;
  revision: number;
  startedAt: Date | null;
  submittedAt: Date | null;
  answers: Array<{
    questionId: string;
    question: string | null;
    competency: string | null;
    rating: number | null;
    notAsked: boolean;
    notes: string;
  }>;
  competencyRatings: Array<{ competency: string; rating: number | null }>;
}

export interface ExportRevisionRow {
  scorecardId: string;
  revision: number;
  reason: string;
  content: unknown;
  createdBy: string | null;
  createdAt: Date;
}

export interface ExportDecisionRow {
  loopId: string;
  decision: string;
  rationale: string;
  decidedBy: string;
  decidedAt: Date;
}

export interface ExportAuditRow {
  occurredAt: Date;
  actor: string;
  action: string;
  targetType: string;
  targetId: string;
  details: Record<string, unknown>;
}

export interface ExportRows {
  candidate: ExportCandidateRow;
  loops: ExportLoopRow[];
  interviews: ExportInterviewRow[];
  scorecards: ExportScorecardRow[];
  revisions: ExportRevisionRow[];
  decisions: ExportDecisionRow[];
  auditEvents: ExportAuditRow[];
}

/**
 * Nests the rows as a person would read them: the candidate, each application (loop) with its
 * interviews, each interview's scorecards with their full revision history, and the decisions;
 * then the audit events about them. Interviewers appear by name only.
 */
export function exportDocument(rows: ExportRows, exportedAt: Date) {
  const interviewsByLoop = groupRows(rows.interviews, (row) => row.loopId);
  const scorecardsByInterview = groupRows(rows.scorecards, (row) => row.interviewId);
  const revisionsByScorecard = groupRows(rows.revisions, (row) => row.scorecardId);
  const decisionsByLoop = groupRows(rows.decisions, (row) => row.loopId);
  const { candidate } = rows;
  return {
    format: EXPORT_FORMAT,
    exportedAt,
    organization: { name: candidate.organizationName },
    candidate: {
      id: candidate.id,
      name: candidate.name,
      email: candidate.email,
      links: candidate.links,
      createdAt: candidate.createdAt,
      updatedAt: candidate.updatedAt,
      erasedAt: candidate.erasedAt,
    },
    loops: rows.loops.map((loop) => ({
      id: loop.id,
      job: { id: loop.jobId, title: loop.jobTitle, team: loop.team },
      startedAt: loop.createdAt,
      interviews: (interviewsByLoop.get(loop.id) ?? []).map((interview) => {
        const scorecards = scorecardsByInterview.get(interview.id) ?? [];
        return {
          id: interview.id,
          scheduledAt: interview.scheduledAt,
          durationMinutes: interview.durationMinutes,
          round: interview.round,
          kit: interview.kit,
          interviewers: scorecards.map((scorecard) => scorecard.interviewer),
          scorecards: scorecards.map(({ interviewId: _interview, ...scorecard }) => ({
            ...scorecard,
            revisions: (revisionsByScorecard.get(scorecard.id) ?? []).map(({ scorecardId: _scorecard, ...revision }) => revision),
          })),
        };
      }),
      decisions: (decisionsByLoop.get(loop.id) ?? []).map(({ loopId: _loop, ...decision }) => decision),
    })),
    auditEvents: rows.auditEvents,
  };
}
