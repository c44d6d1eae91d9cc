/** "example.com, Example.org\nteam.example.com" → ["example.com", "example.org", "team.example.com"]. */
export function parseDomains(text: string): string[] {
  const domains = text
    .split(/[\s,;]+/)
    .map((domain) => domain.trim().toLowerCase().replace(/^@/, ''))
    .filter(Boolean);
  return [...new Set(domains)];
}

export function formatDomains(domains: readonly string[]): string {
  return domains.join(', ');
}
