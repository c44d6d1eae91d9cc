/**
 * What stands in for an erased candidate. The name keeps lists readable and tells erased people
 * apart; the email stays unique per organization (a unique index) on a reserved domain that can
 * never receive mail.
 */
export const tombstoneName = (candidateId: string) => `Erased candidate ${candidateId.slice(0, 8)}`;
export const tombstoneEmail = (candidateId: string) => `erased-${candidateId}@erased.invalid`;

const normalized = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/** The typed confirmation matches the name: surrounding spaces, repeated spaces and case do not matter. */
export const sameName = (typed: string, name: string) => normalized(typed) === normalized(name);

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;

/** A PostgreSQL regular expression finding the name as whole words (so "Al" is not found in "Calibration"). */
export const wholeNamePattern = (name: string) =>
  `(^|[^[:alnum:]_])${normalized(name)
    .split(' ')
    .map((part) => part.replace(REGEX_SPECIAL, '\\$&'))
    .join('\\s+')}($|[^[:alnum:]_])`;
