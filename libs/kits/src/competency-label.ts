/** "api-design" → "API design", "distributed-systems" → "Distributed systems": a competency as people read it. */
export function competencyLabel(value: string): string {
  const words = value.split('-').map((word) => (['api', 'ci', 'cd', 'sql'].includes(word) ? word.toUpperCase() : word));
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The one spelling a competency is stored under, whatever way it was typed: "API design", "api design"
 * and "api-design" are one competency, "Architecture" and "architecture" another, so a kit's sections,
 * its weights, the bank's competencies and the panel's columns line up. The inverse of competencyLabel
 * for every key: competencyKey(competencyLabel(key)) === key.
 */
export function competencyKey(text: string): string {
  return text.trim().toLowerCase().split(/\s+/).filter(Boolean).join('-');
}
