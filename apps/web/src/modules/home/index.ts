export { RoleCapabilitiesTable, RoleComparisonTable } from './components/RoleCapabilitiesTable';
export { ScorecardsToChase } from './components/ScorecardsToChase';
