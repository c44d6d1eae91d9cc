/**
 * Which object types implement each interface of the schema, for Apollo's cache: a fragment on an
 * interface (e.g. `PanelFiguresFields on PanelFigures`) matches a cached PanelScorecard only if the cache
 * knows. Checked against apps/api/schema.gql by app/__tests__/possible-types.spec.ts.
 */
export const POSSIBLE_TYPES: Record<string, string[]> = {
  PanelFigures: ['ComparisonRow', 'PanelScorecard'],
};
