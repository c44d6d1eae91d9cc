import type { Classified } from '../model';
import { anyPattern } from '../text/any-pattern';
import { allHits, type Rule } from './rule';

const tag = (value: string, pattern: RegExp): Rule<string> => ({ value, name: `technology "${value}"`, pattern });

/** Technologies, matched as whole words (never inside another word: "nodes" is not Node.js). */
export const TECHNOLOGY_RULES: Rule<string>[] = [
  tag('Java', /\bjava\b/i),
  tag('JavaScript', /\bjavascript\b/i),
  tag('TypeScript', /\btypescript\b/i),
  tag('Python', /\bpython\b/i),
  tag('Django', /\bdjango\b|\bquerysets?\b/i),
  tag('Flask', /\bflask\b/i),
  tag('FastAPI', /\bfastapi\b/i),
  tag('Node.js', /\bnode\.?js\b/i),
  tag('Express', /(?<!^)\bExpress(?:\.js)?\b/),
  tag('Ruby', /\bruby\b/i),
  tag('Rails', /\brails\b/i),
  tag('PHP', /\bphp\b/i),
  tag('Perl', /\bperl\b/i),
  tag('Go', /\bgolang\b|\bGo\b(?= (?:language|routines?|modules?|code|service))/),
  tag('Rust', /\bRust\b/),
  tag('C#', /(?<![\w#])C#/),
  tag('.NET', /(?<!\w)\.NET\b/),
  tag('COBOL', /\bcobol\b/i),
  tag('Spring', /\bspring(?: boot)?\b/i),
  tag('Hibernate', /\bhibernate\b/i),
  tag('SQL', /\bSQL\b(?! Server)/),
  tag('NoSQL', /\bnosql\b/i),
  tag('MySQL', /\bmysql\w*\b/i),
  tag('PostgreSQL', /\bpostgres(?:ql)?\b/i),
  tag('SQL Server', /\bsql server\b|\bmssql\b/i),
  tag('SQLite', /\bsqlite\b/i),
  tag('Amazon Aurora', /\baurora\b/i),
  tag('MongoDB', /\bmongo(?:db)?\b/i),
  tag('DynamoDB', /\bdynamodb\b/i),
  tag('Cassandra', /\bcassandra\b/i),
  tag('Redis', /\bredis\b/i),
  tag('Memcached', /\bmemcached\b/i),
  tag('Elasticsearch', /\belasticsearch\b/i),
  tag('Kafka', /\bkafka\b/i),
  tag('RabbitMQ', /\brabbitmq\b/i),
  tag('Docker', /\bdocker\b/i),
  tag('Kubernetes', /\bkubernetes\b|\bk8s\b/i),
  tag('GraphQL', /\bgraphql\b/i),
  tag('REST', /\bREST(?:ful)?\b|\bRestful\b/),
  tag('gRPC', /\bgrpc\b/i),
  tag('WebSocket', /\bweb ?sockets?\b/i),
  tag('HTTP', /\bHTTPS?\b/),
  tag('JSON', /\bJSON\b/),
  tag('OAuth', /\boauth\s?2?\b/i),
  tag('JWT', /\bjwt\b/i),
  tag('AWS', /\bAWS\b|\bamazon web services\b/i),
  tag('Google Cloud', /\bGCP\b|\bgoogle cloud\b/i),
  tag('Azure', /\bazure\b/i),
  tag('Git', /\bgit\b/i),
  tag('CI/CD', /\bCI\/CD\b/i),
  tag('Nginx', /\bnginx\b/i),
  tag('Linux', /\blinux\b/i),
  tag('Agile', /\bagile\b/i),
];

const ANY_TECHNOLOGY = anyPattern(TECHNOLOGY_RULES.map((rule) => rule.pattern));

/** Technologies named in the prompt or its code (not the answer: an answer that mentions Redis
 *  as one option does not make the question a Redis question). */
export function classifyTags(prompt: string, code: string | null): Classified<string>[] {
  // Most prompts name no technology: one scan says so instead of one per rule.
  const hits = ANY_TECHNOLOGY?.(prompt) === false ? [] : allHits(TECHNOLOGY_RULES, prompt, 'prompt');
  if (code && ANY_TECHNOLOGY?.(code) !== false) {
    for (const hit of allHits(TECHNOLOGY_RULES, code, 'code')) if (!hits.some((h) => h.value === hit.value)) hits.push(hit);
  }
  return hits;
}
