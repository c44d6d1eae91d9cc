// What other features and the pages use of this module.
export { KitBuilder } from './components/KitBuilder';
export { KitDocument } from './components/KitDocument';
export { KitNotFound } from './components/KitNotFound';
export { KitsTable } from './components/KitsTable';
export { useKitFromRoute } from './hooks/useKitFromRoute';
