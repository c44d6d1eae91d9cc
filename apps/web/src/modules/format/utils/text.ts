/** "api-design" → "API design", "distributed-systems" → "Distributed systems". */
export function competencyLabel(value: string): string {
  const words = value.split('-').map((word) => (['api', 'ci', 'cd', 'sql'].includes(word) ? word.toUpperCase() : word));
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "family-or-marital-status" → "family or marital status". */
export function categoryLabel(category: string): string {
  return category.replace(/-/g, ' ');
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}
