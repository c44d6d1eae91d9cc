import type { QuestionDraft } from '../model';

export const PROTECTED_CHARACTERISTICS = [
  'age',
  'family-or-marital-status',
  'pregnancy',
  'religion',
  'health-or-disability',
  'nationality-or-national-origin',
  'race-or-ethnicity',
  'sexual-orientation',
  'gender',
] as const;
export type ProtectedCharacteristic = (typeof PROTECTED_CHARACTERISTICS)[number];

/** What a candidate is asked or shown as a model. Guidance and red flags are not checked: they
 *  legitimately say "do not ask about marital status". */
export type CheckedField = 'prompt' | 'code' | 'followUps' | 'referenceAnswer' | 'sampleAnswer';

export interface ProtectedCharacteristicFinding {
  category: ProtectedCharacteristic;
  field: CheckedField;
  /** The words that matched, as written. */
  match: string;
}

interface Pattern {
  category: ProtectedCharacteristic;
  pattern: RegExp;
}

/**
 * Phrases that ask about, or model disclosing, a protected characteristic. They are written as
 * personal phrases ("your age", "my wife", "have a family") so that technical words with the same
 * roots ("cache age", "health check", "child process", "parent table", "race condition") never match.
 */
const PATTERNS: Pattern[] = [
  {
    category: 'age',
    pattern:
      /\bhow old (?:are|were) you\b|\b(?:your|my) (?:age|date of birth|year of birth|birth ?date)\b|\b(?:i am|i'm|i’m) \d{2} (?:years old|years of age)\b|\bwhen did you (?:graduate|finish (?:school|college|high school))\b|\b(?:too old|too young|retire(?:ment)? plans?)\b/i,
  },
  {
    category: 'family-or-marital-status',
    pattern:
      /\b(?:are|were) you (?:married|single|divorced|engaged)\b|\b(?:i am|i'm|i was) (?:married|single|divorced|widowed|engaged|a single (?:mother|father|parent))\b|\b(?:mother|father|mom|dad) of (?:one|two|three|four|five|\d+)\b|\bmarital status\b|\bmaiden name\b|\b(?:do|will) you (?:have|plan to have|want) (?:any )?(?:kids|children|a family)\b|\b(?:have|start|raise|starting) a family\b|\b(?:plan(?:s|ning)? to have|family plans|plans for a family)\b|\bchild ?care\b|\b(?:proposed to|got married|getting married|engaged to)\b|\bmy (?:(?:long-term|longtime|future) )?(?:wife|husband|spouse|partner|fianc[ée]e?|girlfriend|boyfriend|kids|children|son|daughter)\b|\byour (?:wife|husband|spouse|partner|kids|children|family situation)\b/i,
  },
  { category: 'pregnancy', pattern: /\bpregnan\w*|\bmaternity\b|\bpaternity\b|\bexpecting a baby\b/i },
  {
    category: 'religion',
    pattern:
      /\b(?:your|my) (?:religio\w*|faith|church|mosque|synagogue|temple)\b|\breligious (?:holidays?|beliefs?|practices?|observance)\b|\bwhat (?:religion|holidays do you (?:observe|celebrate))\b|\bdo you (?:pray|attend church|go to church)\b/i,
  },
  {
    category: 'health-or-disability',
    pattern:
      /\b(?:your|my|any) (?:health (?:conditions?|problems?|issues?|history)|medical (?:conditions?|history|issues?)|disabilit\w*|illness\w*|medications?|sick (?:days|leave))\b|\b(?:are|were) you (?:disabled|sick|ill)\b|\bmental health (?:issues?|conditions?|history)\b/i,
  },
  {
    category: 'nationality-or-national-origin',
    pattern:
      /\bwhere (?:are you|were you born|is your family) from\b|\bwhere were you born\b|\b(?:your|my) (?:nationality|citizenship|national origin|native (?:language|tongue|country)|accent|country of origin|ethnic background)\b|\bare you a (?:citizen|native speaker)\b|\bwhat country are you from\b/i,
  },
  {
    category: 'race-or-ethnicity',
    pattern: /\b(?:your|my) (?:race|ethnicity|skin colou?r)\b|\bwhat is your (?:race|ethnicity)\b|\bracial (?:background|identity)\b/i,
  },
  { category: 'sexual-orientation', pattern: /\b(?:your|my) sexual(?:ity| orientation)\b|\bare you (?:gay|straight|lesbian|bisexual)\b/i },
  {
    category: 'gender',
    pattern:
      /\b(?:your|my) (?:gender|sex)\b(?! (?:pay gap|discrimination))|\bare you (?:a man|a woman|male|female)\b|\bas a (?:woman|man|mother|father|mum|mom|dad) (?:i|in)\b/i,
  },
];

/**
 * All patterns as one regex, one capturing group per category (the patterns have none of their own),
 * so each text is scanned once instead of once per category: this check ran for every imported question.
 */
const ANY_PATTERN = new RegExp(PATTERNS.map(({ pattern }) => `(${pattern.source})`).join('|'), 'gi');

/**
 * Questions or model answers that invite a candidate to disclose a protected characteristic. Used by
 * the bank-health page: such a question should be rewritten, such a sample answer removed.
 */
export function findProtectedCharacteristicPrompts(draft: QuestionDraft): ProtectedCharacteristicFinding[] {
  const texts: [CheckedField, string][] = [
    ['prompt', draft.prompt],
    ['code', draft.code ?? ''],
    ...draft.followUps.map((followUp): [CheckedField, string] => ['followUps', followUp]),
    ['referenceAnswer', draft.rubric.referenceAnswer ?? ''],
    ['sampleAnswer', draft.rubric.sampleAnswer ?? ''],
  ];
  const findings: ProtectedCharacteristicFinding[] = [];
  for (const [field, text] of texts) {
    if (!text) continue;
    for (const match of text.matchAll(ANY_PATTERN)) {
      const { category } = PATTERNS[match.findIndex((group, index) => index > 0 && group !== undefined) - 1];
      if (!findings.some((f) => f.category === category && f.field === field && f.match === match[0])) {
        findings.push({ category, field, match: match[0] });
      }
    }
  }
  return findings;
}
