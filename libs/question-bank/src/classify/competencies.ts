import type { Classified, QuestionType } from '../model';
import { allHits, type Rule } from './rule';

export const COMPETENCIES = [
  'communication',
  'collaboration',
  'problem-solving',
  'ownership',
  'learning',
  'time-management',
  'motivation',
  'architecture',
  'databases',
  'security',
  'reliability',
  'scalability',
  'api-design',
  'testing',
  'code-quality',
  'distributed-systems',
  'devops',
  'concurrency',
  'programming-fundamentals',
] as const;
export type Competency = (typeof COMPETENCIES)[number];

const rule = (value: Competency, pattern: RegExp): Rule<Competency> => ({ value, name: `${value} rule`, pattern });

export const COMPETENCY_RULES: Rule<Competency>[] = [
  rule('communication', /\b(?:communicat\w*|stakeholders?|documentation)\b/i),
  rule('collaboration', /\b(?:teammates?|teamwork|teams?|collaborat\w*|cross-functional|disagree\w*|conflicts?|frontend developers)\b/i),
  rule(
    'problem-solving',
    /\b(?:challeng\w*|roadblocks?|problem[- ]solving|troubleshoot\w*|debug\w*|resolving issues|root cause|unfamiliar|quick fix)\b/i,
  ),
  rule('ownership', /\byou led\b|\bleadership\b|\bmentor\w*|\bownership\b/i),
  rule(
    'learning',
    /\b(?:stay (?:current|updated|up to date)|keep up|trends|new technologies)\b|(?<!machine |deep )\blearn(?:ing|ed|s)?\b/i,
  ),
  rule('time-management', /\b(?:deadlines?|time management|prioriti[sz]\w*|organi[sz]ational skills)\b/i),
  rule('motivation', /\b(?:passion|motivat\w*|excites?|interests? you|career|five years|\d+ years|yourself|why did you choose)\b/i),
  rule(
    'architecture',
    /\b(?:architect\w*|design patterns?|design principle|microservices?|monolith\w*|mvc|separation of concerns|inversion of control|coupling|frameworks?|system design|design (?:a|an)\b)/i,
  ),
  rule(
    'databases',
    /\b(?:databases?|sql|nosql|mysql|postgres\w*|mongo\w*|indexes|indexing|queries|query|querysets?|schema|sharding|partitioning|normali[sz]ation|orm|object-relational|acid|base|cursors?|joins?|views|migrations?|backups?|mysqldump|objectid)\b/i,
  ),
  rule(
    'security',
    /\b(?:secur\w*|authenticat\w*|authori[sz]\w*|oauth|jwt|encrypt\w*|injection|vulnerab\w*|secrets?|two-factor|2fa|xss|csrf|sensitive)\b/i,
  ),
  rule(
    'reliability',
    /\b(?:fault toleran\w*|resilien\w*|circuit breakers?|failover|failed|failures?|retr(?:y|ies)|monitor\w*|observab\w*|logging|system health|incidents?|downtime|timing out|timeouts?|errors?|high availability)\b/i,
  ),
  rule(
    'scalability',
    /\b(?:scal\w*|performance|optimi[sz]\w*|cach\w*|load balanc\w*|load testing|latency|throughput|rate limit\w*|throttl\w*|high[- ]traffic|large-scale)\b/i,
  ),
  rule('api-design', /\b(?:apis?|restful|graphql|endpoints?|http|api versioning|idempoten\w*|web ?sockets?|grpc|stateless protocol)\b/i),
  rule('api-design', /\bREST\b/),
  rule('testing', /\b(?:tests?|testing|tdd|unit tests?|integration tests?)\b/i),
  rule(
    'code-quality',
    /\b(?:refactor\w*|readab\w*|readable|clean code|code review|comments in code|maintainab\w*|technical debt|encapsulation|version control|code versioning)\b/i,
  ),
  rule(
    'distributed-systems',
    /\b(?:distributed|consensus|leader[- ]election|cap theorem|eventual consistency|network partitions?|saga|two-phase commit|message broker|service discovery)\b/i,
  ),
  rule(
    'devops',
    /\b(?:ci\/cd|continuous (?:integration|deployment|delivery)|deploy\w*|docker|kubernetes|containeri[sz]\w*|orchestration|pipelines?|cloud|aws|blue-green|server deployments?)\b/i,
  ),
  rule(
    'concurrency',
    /\b(?:concurren\w*|multithread\w*|threads?|async\w*|synchronous|deadlocks?|race conditions?|parallel\w*|event loop)\b/i,
  ),
  rule(
    'programming-fundamentals',
    /\b(?:languages?|first-class|object-oriented|oop|encapsulation|data structures?|algorithms?|trees?|garbage collection|memory leak|strings?|hash|functions?|library)\b/i,
  ),
];

const DEFAULT_BY_TYPE: Record<QuestionType, Competency> = {
  behavioural: 'problem-solving',
  situational: 'problem-solving',
  career: 'motivation',
  'system-design': 'architecture',
  coding: 'programming-fundamentals',
  technical: 'programming-fundamentals',
};

/** More than this and the list stops helping anyone filter. */
const MAX_COMPETENCIES = 4;
/** Characters of the answer read for competencies when the prompt names none. */
const ANSWER_SCAN = 1500;

/** Competencies from the prompt; when the prompt names none, from the answer; else by type. */
export function classifyCompetencies(prompt: string, answer: string, type: QuestionType): Classified<string>[] {
  const fromPrompt = allHits(COMPETENCY_RULES, prompt, 'prompt').slice(0, MAX_COMPETENCIES);
  if (fromPrompt.length > 0) return fromPrompt;
  // An answer's opening names what it is about; scanning long answers whole costs more than it tells.
  const fromAnswer = allHits(COMPETENCY_RULES, answer.slice(0, ANSWER_SCAN), 'answer').slice(0, 3);
  if (fromAnswer.length > 0) return fromAnswer;
  return [{ value: DEFAULT_BY_TYPE[type], reason: `default competency for ${type} questions (no keyword matched)` }];
}
