import type { BankImportFieldsFragment, DuplicateAction } from '../../../generated/graphql';

export type Decisions = ReadonlyMap<number, DuplicateAction>;

/** Items a person has to decide: each possible duplicate, by its index in the preview. */
export function duplicateIndexes(bankImport: Pick<BankImportFieldsFragment, 'items'>): number[] {
  return bankImport.items.filter((item) => item.outcome === 'POSSIBLE_DUPLICATE').map((item) => item.index);
}

export function undecidedCount(bankImport: Pick<BankImportFieldsFragment, 'items'>, decisions: Decisions): number {
  return duplicateIndexes(bankImport).filter((index) => !decisions.has(index)).length;
}

export function decideAll(bankImport: Pick<BankImportFieldsFragment, 'items'>, action: DuplicateAction): Map<number, DuplicateAction> {
  return new Map(duplicateIndexes(bankImport).map((index) => [index, action]));
}

/** Exactly one decision per possible duplicate, as commitBankImport wants them. */
export function toDecisionInput(bankImport: Pick<BankImportFieldsFragment, 'items'>, decisions: Decisions) {
  return duplicateIndexes(bankImport).flatMap((index) => {
    const action = decisions.get(index);
    return action ? [{ index, action }] : [];
  });
}
