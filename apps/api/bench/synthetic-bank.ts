import { exportBank, type QuestionDraft } from '@panelist/question-bank';

const VERBS = [
  'design',
  'scale',
  'secure',
  'debug',
  'monitor',
  'migrate',
  'test',
  'cache',
  'shard',
  'deploy',
  'profile',
  'refactor',
  'document',
  'version',
  'partition',
  'replicate',
  'throttle',
  'audit',
  'benchmark',
  'harden',
];
const OBJECTS = [
  'a payment ledger',
  'a search index',
  'an event stream',
  'a user session store',
  'a notification fan-out',
  'a file upload service',
  'a rate limiter',
  'a job queue',
  'a feature flag system',
  'an audit log',
  'a recommendation feed',
  'a billing pipeline',
  'a chat backend',
  'an inventory service',
  'a geolocation lookup',
  'a metrics store',
  'an API gateway',
  'a webhook dispatcher',
  'a report generator',
  'a permissions model',
  'a checkout flow',
  'a data export',
  'a cron scheduler',
  'a media transcoder',
  'a shopping cart',
  'an OAuth provider',
  'a translation service',
  'a backup system',
  'a leaderboard',
  'a config service',
];
const TECH = [
  'PostgreSQL',
  'MongoDB',
  'Redis',
  'Kafka',
  'Kubernetes',
  'Docker',
  'Node.js',
  'Java',
  'Python',
  'Django',
  'Ruby',
  'Go',
  'MySQL',
  'SQL Server',
  'GraphQL',
  'gRPC',
  'RabbitMQ',
  'Elasticsearch',
  'AWS Lambda',
  'Terraform',
  'Nginx',
  'Cassandra',
  'DynamoDB',
  'Spark',
  'Rust',
];
const CONTEXTS = [
  'under heavy write load',
  'across three regions',
  'with strict latency budgets',
  'during a zero-downtime migration',
  'for a regulated industry',
  'with a small on-call team',
  'at ten times today’s traffic',
  'with flaky upstream APIs',
  'on a tight cloud budget',
  'with multi-tenant isolation',
  'after a security incident',
  'for offline-first clients',
  'with legacy clients still on v1',
  'when the schema changes weekly',
  'with GDPR erasure requests',
  'during a holiday traffic spike',
  'with eventual consistency',
  'behind a CDN',
  'with hard delete requirements',
  'for a mobile-first product',
];

/** A unique, realistic-looking question for each index (20 × 30 × 25 × 20 = 300,000 combinations). */
export function syntheticDraft(index: number): QuestionDraft {
  const verb = VERBS[index % VERBS.length];
  const object = OBJECTS[Math.floor(index / VERBS.length) % OBJECTS.length];
  const tech = TECH[Math.floor(index / (VERBS.length * OBJECTS.length)) % TECH.length];
  const context = CONTEXTS[Math.floor(index / (VERBS.length * OBJECTS.length * TECH.length)) % CONTEXTS.length];
  const prompt = `How would you ${verb} ${object} built on ${tech} ${context}?`;
  return {
    fingerprint: '',
    prompt,
    code: null,
    category: ['Synthetic', tech],
    followUps: [`What would you measure first when you ${verb} it?`],
    rubric: {
      referenceAnswer: `A strong answer explains how to ${verb} ${object} on ${tech}, names the trade-offs ${context}, and says how to verify it.`,
      lookFor: [`Concrete ${tech} features`, 'Trade-offs stated explicitly'],
      redFlags: ['Hand-waves consistency'],
      whatToExpect: null,
      interviewerGuidance: null,
      sampleAnswer: null,
    },
    classification: {
      type: { value: index % 3 === 0 ? 'system-design' : 'technical', reason: 'synthetic' },
      competencies: [{ value: index % 2 === 0 ? 'architecture' : 'reliability', reason: 'synthetic' }],
      tags: [{ value: tech, reason: 'synthetic' }],
      difficulty: { value: (['junior', 'mid', 'senior'] as const)[index % 3], reason: 'synthetic' },
    },
    sources: [{ file: 'synthetic.json', item: index + 1, line: null }],
  };
}

/** A Panelist JSON export of `count` synthetic questions from index `first`, the import's own round-trip format. */
export function syntheticBankFile(count: number, first = 0): Buffer {
  return Buffer.from(exportBank(Array.from({ length: count }, (_, i) => syntheticDraft(first + i))));
}
