/** "api-design" → "API design": one rule for the web and the API's exports, in libs/kits. */
export { competencyKey, competencyLabel } from '@panelist/kits';

/** "family-or-marital-status" → "family or marital status". */
export function categoryLabel(category: string): string {
  return category.replace(/-/g, ' ');
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}
