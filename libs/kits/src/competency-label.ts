/** "api-design" → "API design", "distributed-systems" → "Distributed systems": a competency as people read it. */
export function competencyLabel(value: string): string {
  const words = value.split('-').map((word) => (['api', 'ci', 'cd', 'sql'].includes(word) ? word.toUpperCase() : word));
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
