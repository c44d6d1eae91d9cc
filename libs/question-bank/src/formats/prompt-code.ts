import { looksLikeCode } from '../text/code';

/**
 * Scraped prompts inline their snippet: "How would you refactor this code? function() { ... }".
 * Splits at the first ": " or "? " after which the rest is code and before which it is not.
 */
export function splitPromptFromCode(prompt: string): { prompt: string; code: string | null } {
  if (!looksLikeCode(prompt)) return { prompt, code: null };
  for (const boundary of prompt.matchAll(/[:?]\s+/g)) {
    const at = (boundary.index ?? 0) + boundary[0].length;
    const head = prompt.slice(0, at).trim();
    const tail = prompt.slice(at).trim();
    if (head.split(/\s+/).length >= 3 && !looksLikeCode(head) && looksLikeCode(tail)) return { prompt: head, code: tail };
  }
  return { prompt, code: null };
}
