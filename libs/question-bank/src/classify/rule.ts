/** A named pattern; when it matches, the rule name and the matched words become the reason. */
export interface Rule<T> {
  value: T;
  name: string;
  pattern: RegExp;
}

export interface RuleHit<T> {
  value: T;
  reason: string;
}

export function firstHit<T>(rules: Rule<T>[], text: string, where: string): RuleHit<T> | undefined {
  for (const rule of rules) {
    const match = rule.pattern.exec(text);
    if (match) return { value: rule.value, reason: `${rule.name}: matched "${match[0].trim()}" in the ${where}` };
  }
  return undefined;
}

/** Every distinct value whose rule matches, each with the first rule that fired for it. */
export function allHits<T>(rules: Rule<T>[], text: string, where: string): RuleHit<T>[] {
  const hits: RuleHit<T>[] = [];
  for (const rule of rules) {
    if (hits.some((hit) => hit.value === rule.value)) continue;
    const match = rule.pattern.exec(text);
    if (match) hits.push({ value: rule.value, reason: `${rule.name}: matched "${match[0].trim()}" in the ${where}` });
  }
  return hits;
}
