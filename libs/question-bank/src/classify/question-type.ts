import type { Classified, QuestionType } from '../model';
import { anyPattern } from '../text/any-pattern';
import { firstHit, type Rule } from './rule';

/** Tried in order; the first match decides. Technical knowledge is the default. */
export const QUESTION_TYPE_RULES: Rule<QuestionType>[] = [
  {
    value: 'coding',
    name: 'asks to write code',
    pattern: /\b(?:write|implement|code)\b[^.?]{0,40}\b(?:program|function|method|script|class|algorithm|snippet)\b/i,
  },
  {
    value: 'coding',
    name: 'asks to review given code',
    pattern:
      /\b(?:refactor|review|debug|fix|examine|look at)\b[^.?]{0,40}\b(?:this|the following|following)\b[^.?]{0,20}\b(?:code|snippet|function|endpoint|query|program)\b/i,
  },
  {
    value: 'coding',
    name: 'refers to a snippet',
    pattern: /\b(?:in|of) the following [\w.#+ -]{0,20}\b(?:code|snippet|program|function)\b/i,
  },
  { value: 'coding', name: 'code review', pattern: /\bcode review\b/i },

  {
    value: 'system-design',
    name: 'asks to design a system',
    pattern: /^(?:how would you |can you |could you |let'?s )?design (?:a|an)\b/i,
  },
  {
    value: 'system-design',
    name: 'designing a system',
    pattern: /\bdesign (?:a|an) [\w\s-]{0,40}\b(?:system|service|platform|application|architecture)\b/i,
  },
  {
    value: 'system-design',
    name: 'building a distributed system',
    pattern:
      /\b(?:design|build|implement) (?:a|an) (?:distributed|scalable|highly available|fault[- ]tolerant) [\w\s-]{0,30}\b(?:system|service|platform)\b/i,
  },
  { value: 'system-design', name: 'system design', pattern: /\bsystem design\b/i },
  {
    value: 'system-design',
    name: 'a well-known product to design',
    pattern: /\blike (?:uber|dropbox|twitter|bit\.ly|netflix|instagram|whatsapp|youtube|google drive|tinyurl)\b/i,
  },

  {
    value: 'career',
    name: 'future plans',
    pattern: /\bwhere (?:do|will|would) you (?:see yourself|be)\b|\b(?:in|next) (?:five|5|ten|10|\d+) years\b/i,
  },
  { value: 'career', name: 'about the candidate', pattern: /\btell (?:me|us) about yourself\b/i },
  {
    value: 'career',
    name: 'motivation',
    pattern:
      /\bwhy (?:did you choose|do you want|are you interested|should we hire)\b|\bwhat (?:\w+ or )?(?:drives|motivates|excites|interests|inspires) you\b|\b(?:your )?passion for\b/i,
  },
  {
    value: 'career',
    name: 'keeping skills current',
    pattern: /\b(?:stay|keep) (?:current|up to date|updated|up)\b.*\b(?:trends|technolog\w*)\b/i,
  },
  { value: 'career', name: 'career', pattern: /\bcareer\b/i },

  { value: 'situational', name: 'hypothetical scenario', pattern: /^(?:imagine|suppose|assume|let'?s say)\b|\bwhat would you do if\b/i },
  {
    value: 'situational',
    name: 'scenario addressed to the candidate',
    pattern: /^you(?:'re| are| have| need| discover| notice| join| inherit| get| receive| find)\b/i,
  },
  {
    value: 'situational',
    name: 'incident scenario',
    pattern: /^(?:a|an|the|your) [\w\s-]{0,60}\b(?:starts|stops|begins|fails|goes down|is down|crashes|spikes)\b/i,
  },
  {
    value: 'situational',
    name: 'how the candidate would react',
    pattern: /\bhow would you (?:respond|react|handle being|handle a situation)\b/i,
  },

  {
    value: 'behavioural',
    name: 'a past situation',
    pattern:
      /\b(?:tell|talk to) (?:me|us) about (?:a|an|the) (?:time|situation|project|occasion|moment)\b|\b(?:a|one) time (?:when |where |that )?(?:you|your)\b/i,
  },
  {
    value: 'behavioural',
    name: 'something the candidate did',
    pattern:
      /\b(?:tell|talk) (?:me |us )?about (?:a|an) [\w\s-]{0,40}\byou (?:led|ran|built|owned|handled|managed|worked on|faced|made|shipped)\b|^talk about a situation\b|\bdescribe a (?:time|situation|challenging|difficult|conflict)\b/i,
  },
  {
    value: 'behavioural',
    name: 'past experience',
    pattern:
      /\bhave you (?:ever )?(?:had|encountered|faced|led|handled|dealt|worked|received|been)\b|\b(?:what is|what's|describe) your (?:\w+ )?(?:experience|background)\b|\byour level of [\w\s]{0,20}experience\b|\bin a previous (?:project|role|job)\b|\bwalk (?:me|us) through your\b/i,
  },
  {
    value: 'behavioural',
    name: 'self-assessment',
    pattern: /\bdo you consider yourself\b|\bwould you say you are\b|\btell (?:me|us) about your (?:process|approach)\b/i,
  },
  {
    value: 'behavioural',
    name: 'working under pressure or with people',
    pattern:
      /\bhow (?:do|did|would) you (?:handle|deal with|manage|cope with|resolve|overcome|adapt)\b[^?]{0,80}\b(?:deadlines?|conflicts?|pressure|feedback|disagree\w*|stress|roadblock|priorities|time management|not what was expected|unfamiliar)\b/i,
  },
];

const ANY_TYPE_CUE = anyPattern(QUESTION_TYPE_RULES.map((rule) => rule.pattern));

export function classifyQuestionType(prompt: string, code: string | null): Classified<QuestionType> {
  if (code) return { value: 'coding', reason: 'code attached to the prompt' };
  // Most prompts are technical knowledge questions that no rule matches: one scan says so.
  return (
    (ANY_TYPE_CUE?.(prompt) === false ? undefined : firstHit(QUESTION_TYPE_RULES, prompt, 'prompt')) ?? {
      value: 'technical',
      reason: 'no behavioural, situational, design, coding or career cue in the prompt: technical knowledge by default',
    }
  );
}
