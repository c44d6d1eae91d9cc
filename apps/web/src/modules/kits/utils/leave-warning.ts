import type { SaveStatus } from './kit-sync';

/**
 * What to ask before leaving the builder, or null when nothing would be lost: edits that cannot be
 * saved (invalid, failed, in conflict) and a new kit that was never saved because it has no role or
 * title yet. Edits waiting for autosave are not asked about: leaving sends them at once.
 */
export function leaveWarning({ status, kitId, edited }: { status: SaveStatus; kitId: string | null; edited: boolean }): string | null {
  if (status === 'invalid') return 'This kit has changes that are not saved because some fields need fixing. Leave and lose them?';
  if (status === 'error' || status === 'conflict') return 'This kit has changes that could not be saved. Leave and lose them?';
  if (status === 'saved' && !kitId && edited) return 'This new kit is not saved yet: it needs a role and a title. Leave and lose it?';
  return null;
}
