/** A URL-safe short name from an organization's name ("Acme Inc." → "acme-inc"), 2–63 characters. */
export function slugFrom(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 56)
    .replace(/-+$/, '');
  return slug.length >= 2 ? slug : `org-${slug || 'new'}`;
}
