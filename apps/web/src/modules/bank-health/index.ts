// What other features and the pages use of this module.
export { Count } from './components/HealthParts';
export { DuplicatesSection } from './components/DuplicatesSection';
export { MissingRubricSection } from './components/MissingRubricSection';
export { ProtectedSection } from './components/ProtectedSection';
export { useBankHealth } from './hooks/useBankHealth';
