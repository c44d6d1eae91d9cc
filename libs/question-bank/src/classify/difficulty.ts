import type { Classified, Difficulty, QuestionType } from '../model';
import { firstHit, type Rule } from './rule';

export const SENIOR_RULES: Rule<Difficulty>[] = [
  {
    value: 'senior',
    name: 'advanced distributed-systems topic',
    pattern:
      /\b(?:distributed|at scale|large-scale|billions?|millions|high[- ]traffic|consensus|leader[- ]election|sharding|partitions?|cap theorem|saga|two-phase|eventual consistency|zero[- ]downtime|circuit breakers?|trade-?offs?|reconciliation|fault toleran\w*|impedance mismatch|robustness principle|blue-green|microservices|legacy codebase|transactional workflows)\b/i,
  },
  { value: 'senior', name: 'leadership scope', pattern: /\byou led\b|\b(?:architect|led the|technical leader)\b/i },
];

export const JUNIOR_RULES: Rule<Difficulty>[] = [
  { value: 'junior', name: 'short definition question', pattern: /^(?:what is|what are|what's|what does|define|name)\b[^?]{0,50}\??$/i },
  { value: 'junior', name: 'basic how-to', pattern: /^how to\b[^?]{0,50}\??$/i },
  { value: 'junior', name: 'basics', pattern: /\bname a few\b|\bbasics?\b|\bbeginner\b/i },
];

export function classifyDifficulty(prompt: string, type: QuestionType): Classified<Difficulty> {
  if (type === 'system-design') return { value: 'senior', reason: 'system design questions are asked of senior candidates' };
  const senior = firstHit(SENIOR_RULES, prompt, 'prompt');
  if (senior) return senior;
  if (type === 'behavioural' || type === 'career' || type === 'situational') {
    return { value: 'mid', reason: `${type} questions suit every level: mid by default` };
  }
  return firstHit(JUNIOR_RULES, prompt, 'prompt') ?? { value: 'mid', reason: 'no junior or senior cue in the prompt: mid by default' };
}
