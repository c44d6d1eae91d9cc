import { anyPattern } from '../text/any-pattern';

/**
 * Marketing and navigation text that scraped pages interleave with questions. Judged by general
 * rules on a standalone line or block, never inside a question's own answer sentence: an answer
 * may well mention newsletters or certifications.
 */
interface NoiseRule {
  name: string;
  pattern: RegExp;
}

/** One of these alone marks a line as noise. */
const STRONG_RULES: NoiseRule[] = [
  {
    name: 'newsletter sign-up',
    pattern:
      /\b(send me the newsletter|subscribe to (our|the) newsletter|sign up for (our|the) newsletter|join (our|the) (newsletter|mailing list))\b/i,
  },
  {
    name: 'sign-up / call to action',
    pattern:
      /\b(sign up (now|today|for free)|subscribe now|click (here|learn more)|learn more|get started (now|today)|enroll now|register now|buy now|book a demo|free trial|download (now|the (guide|ebook)))\b/i,
  },
  {
    name: 'exam-dump advertising',
    pattern:
      /\b(\d+\s*%\s*pass rate|pass rate|dumps?\b(?=.*\b(practice|exam|pdf)\b)|dump practice|exam (dumps?|passing tips|news)|pass the certification exam)\b/i,
  },
  {
    name: 'navigation link',
    pattern: /^(view|see|browse|read|explore) (other|more|all|related)\b.*\b(questions|articles|posts|guides)\b/i,
  },
  {
    name: 'related-content list',
    pattern:
      /^(related (posts|articles|questions|reading)|you may also like|recommended (reading|for you)|popular posts|recent posts|share this( article| post)?|follow us( on)?\b)/i,
  },
  {
    name: 'legal footer',
    pattern:
      /(©|\bcopyright\b.*\b\d{4}\b|all rights reserved|privacy policy|terms of (use|service)|cookie (policy|settings|preferences)|we use cookies)/i,
  },
  { name: 'shouted teaser', pattern: /^[^a-z]*\b(DON'T|DO NOT|WANT TO|MISS|FREE|NOW|SUBSCRIBE)\b[^a-z]*[?!]$/ },
];

/** Two of these (or one on a short title-like line) mark a line as marketing. */
const WEAK_MARKERS: RegExp[] = [
  /\bcertifications?\b/i,
  /\bcareer (acceleration|growth|advancement|boost)\b/i,
  /\b(accelerate|boost|fast-track) your career\b/i,
  /\bresume stand out\b/i,
  /\bsalary\b/i,
  /\bdiscounts?\b/i,
  /\bexam\b/i,
  /\b(curated|hand-picked)\b/i,
  /\bour experts?\b/i,
  /\blatest (news|updates)\b/i,
  /\bnewsletter\b/i,
  /\b(tips|tricks)\b/i,
  /\binterview (prep|questions to prepare)\b/i,
];

const ANY_STRONG = anyPattern(STRONG_RULES.map((rule) => rule.pattern));
const ANY_WEAK = anyPattern(WEAK_MARKERS);

export interface NoiseVerdict {
  noise: boolean;
  reason?: string;
}

/** Whether a standalone line (a paragraph, heading or short block) is marketing or navigation. */
export function judgeNoise(line: string): NoiseVerdict {
  const text = line.trim();
  if (text === '') return { noise: false };
  // Most paragraphs match no rule at all: one scan says so.
  if (ANY_STRONG && !ANY_STRONG(text) && ANY_WEAK && !ANY_WEAK(text)) return { noise: false };
  for (const rule of STRONG_RULES) {
    const match = rule.pattern.exec(text);
    if (match) return { noise: true, reason: `${rule.name} ("${match[0].trim()}")` };
  }
  const titleLike = text.split(/\s+/).length <= 8 && !/[.:;]$/.test(text);
  // Two weak markers (one on a title-like line) decide it: stop looking then.
  const weak: string[] = [];
  for (const marker of WEAK_MARKERS) {
    const hit = marker.exec(text)?.[0];
    if (hit) weak.push(hit);
    if (weak.length >= 2 || (weak.length === 1 && titleLike)) break;
  }
  if (weak.length >= 2 || (weak.length === 1 && titleLike)) {
    return { noise: true, reason: `marketing text ("${weak.join('", "')}")` };
  }
  return { noise: false };
}

export function isNoise(line: string): boolean {
  return judgeNoise(line).noise;
}
