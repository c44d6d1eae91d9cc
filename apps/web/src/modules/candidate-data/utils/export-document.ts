/**
 * The candidate export (`candidateExport.content`) as the print view reads it. The API writes it
 * (apps/api/src/candidate-data/candidate-export.document.ts); `format` names its version, and the
 * print view refuses a format it does not know rather than render half of it.
 */
export const KNOWN_EXPORT_FORMAT = 'panelist.candidate-export/1';

export interface ExportAnswer {
  questionId: string;
  question: string | null;
  competency: string | null;
  rating: number | null;
  notAsked: boolean;
  notes: string;
}

/** A scorecard as it stood at one revision (the revision's own copy of the content). */
export interface ExportRevisionContent {
  answers?: Array<{ questionId: string; rating: number | null; notAsked?: boolean; notes?: string }>;
  competencyRatings?: Array<{ competency: string; rating: number | null }>;
  recommendation?: string | null;
  summary?: string;
}

export interface ExportRevision {
  revision: number;
  reason: string;
  content: ExportRevisionContent | null;
  createdBy: string | null;
  createdAt: string;
}

export interface ExportScorecard {
  id: string;
  interviewer: string;
  status: string;
  recommendation: string | null;
  summary: string;
  revision: number;
  startedAt: string | null;
  submittedAt: string | null;
  answers: ExportAnswer[];
  competencyRatings: Array<{ competency: string; rating: number | null }>;
  revisions: ExportRevision[];
}

export interface ExportInterview {
  id: string;
  scheduledAt: string;
  durationMinutes: number;
  round: string | null;
  kit: string | null;
  interviewers: string[];
  scorecards: ExportScorecard[];
}

export interface ExportDecision {
  decision: string;
  rationale: string;
  decidedBy: string;
  decidedAt: string;
}

export interface ExportLoop {
  id: string;
  job: { id: string; title: string; team: string };
  startedAt: string;
  interviews: ExportInterview[];
  decisions: ExportDecision[];
}

export interface ExportAuditEvent {
  occurredAt: string;
  actor: string;
  action: string;
  targetType: string;
  targetId: string;
  details: Record<string, unknown>;
}

export interface CandidateExportDocument {
  format: string;
  exportedAt: string;
  organization: { name: string };
  candidate: {
    id: string;
    name: string;
    email: string;
    links: string[];
    createdAt: string;
    updatedAt: string;
    erasedAt: string | null;
  };
  loops: ExportLoop[];
  auditEvents: ExportAuditEvent[];
}

export class UnreadableExportError extends Error {}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Parses the export's JSON; throws UnreadableExportError when it is not a document of a known format. */
export function parseExportDocument(content: string): CandidateExportDocument {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch {
    throw new UnreadableExportError('The export is not valid JSON.');
  }
  if (!isObject(parsed) || parsed.format !== KNOWN_EXPORT_FORMAT) {
    const format = isObject(parsed) && typeof parsed.format === 'string' ? parsed.format : 'no format';
    throw new UnreadableExportError(`This view reads ${KNOWN_EXPORT_FORMAT} exports; this one is ${format}.`);
  }
  if (!isObject(parsed.candidate) || !Array.isArray(parsed.loops) || !Array.isArray(parsed.auditEvents)) {
    throw new UnreadableExportError('The export lacks the candidate, their loops or their audit events.');
  }
  return parsed as unknown as CandidateExportDocument;
}

/** A revision's answers keyed by question, to show each revision's ratings beside the question asked. */
export function revisionAnswers(revision: ExportRevision): Map<string, { rating: number | null; notAsked: boolean; notes: string }> {
  const answers = new Map<string, { rating: number | null; notAsked: boolean; notes: string }>();
  for (const answer of revision.content?.answers ?? []) {
    answers.set(answer.questionId, { rating: answer.rating ?? null, notAsked: Boolean(answer.notAsked), notes: answer.notes ?? '' });
  }
  return answers;
}

/** The audit detail values as text ("a, b" for lists, JSON for anything nested). */
export function detailText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(detailText).join(', ');
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** How many scorecards, revisions and decisions the document holds, for its summary line. */
export function exportCounts(document: CandidateExportDocument) {
  const interviews = document.loops.flatMap((loop) => loop.interviews);
  const scorecards = interviews.flatMap((interview) => interview.scorecards);
  return {
    loops: document.loops.length,
    interviews: interviews.length,
    scorecards: scorecards.length,
    revisions: scorecards.reduce((sum, scorecard) => sum + scorecard.revisions.length, 0),
    decisions: document.loops.reduce((sum, loop) => sum + loop.decisions.length, 0),
    auditEvents: document.auditEvents.length,
  };
}
