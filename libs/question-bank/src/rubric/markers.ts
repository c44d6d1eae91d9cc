import type { RubricListField, RubricTextField } from './rubric';

export type MarkerField = RubricTextField | RubricListField;

export interface Marker {
  field: MarkerField;
  /** Kept as a heading inside the interviewer guidance, which gathers several kinds of advice. */
  label?: string;
  /** A marker without a colon covers just its own sentence ("Look for clear explanations."). */
  sentenceOnly?: boolean;
  pattern: RegExp;
}

// Optional Markdown emphasis around a marker: **Look for:**, __Answer__:, *Red flag*:
const E = '[*_]{0,2}';
const marker = (words: string, colon: 'required' | 'optional', flags = 'i'): RegExp =>
  new RegExp(`^${E}(?:${words})${E}\\s*${colon === 'required' ? ':' : ':?'}${E}\\s*`, flags);

/** Section markers, tried in order at the start of each sentence or block. */
export const MARKERS: Marker[] = [
  { field: 'lookFor', pattern: marker('look(?:ing)? for|what to look for|look-fors?|good to hear', 'required') },
  { field: 'lookFor', sentenceOnly: true, pattern: /^Look for\s+(?=\S)/ },
  { field: 'redFlags', pattern: marker('red[- ]flags?|warning signs?|watch out for', 'required') },
  { field: 'whatToExpect', pattern: marker('what to expect', 'optional') },
  {
    field: 'interviewerGuidance',
    label: 'What the interviewer wants',
    pattern: marker('what the interviewer (?:wants|is looking for)', 'optional'),
  },
  { field: 'interviewerGuidance', label: 'How to structure your answer', pattern: marker('how to structure your answer', 'optional') },
  {
    field: 'interviewerGuidance',
    label: 'What hiring managers should pay attention to',
    pattern: marker('what (?:hiring managers|interviewers) should (?:pay attention to|look for)', 'optional'),
  },
  {
    field: 'interviewerGuidance',
    pattern: marker('interviewer (?:notes?|guidance|tips?)|notes? for (?:the )?interviewer|guidance', 'required'),
  },
  { field: 'sampleAnswer', pattern: marker('(?:sample|example) answer(?!s)', 'optional') },
  { field: 'referenceAnswer', pattern: marker('(?:reference |model |suggested |expected )?answer|a', 'required') },
];

/** `Example In a previous role, ...` right after candidate guidance introduces a sample answer. */
export const EXAMPLE_AFTER_GUIDANCE = /^Example\s+(?=\p{Lu})/u;

/** Sentences that speak to the interviewer about the candidate; each one is guidance by itself. */
export const GUIDANCE_SENTENCE =
  /^(?:an?|the) (?:good|strong|great|ideal|excellent|solid|weak|poor|top) (?:candidate|applicant|answer|response|interviewee)s?\b|^(?:strong|good|great|ideal|weak|top) (?:candidates|answers|applicants)\b/i;

/** Signs that a sentence of an unlabelled answer is advice rather than the answer itself. */
export const ADVICE_CUES: RegExp[] = [
  /\b(?:the|a|an|your|each|every) (?:candidate|applicant|interviewee)s?(?:['’]s)?\b/i,
  /\b(?:candidates|applicants|interviewees)\b/i,
  /\binterviewers?\b/i,
  /\b(?:this|the previous|these) questions?\b/i,
  /\bhiring managers?\b|\bmanagers want\b/i,
  /^(?:Explain|Describe|Discuss|Mention|Highlight|Focus on|Show|Talk about|Outline|Answer|Give an example|Be prepared|Expect)\b/,
  /\byou (?:can|could|should|might) (?:elaborate|mention|talk|discuss|explain|describe|share|highlight)\b/i,
  /^Your (?:solution|answer|response)s? should\b/i,
  /\bit is expected that\b/i,
  /\?["”]?$/,
  /^(?:are|do|does|can|could|is|will) (?:they|your|the candidate)\b/i,
];
