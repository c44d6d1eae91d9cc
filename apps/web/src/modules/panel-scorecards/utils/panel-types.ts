import type { PanelScorecardQuery } from '../../../generated/graphql';

export type PanelScorecard = PanelScorecardQuery['panelScorecard'];
export type PanelistScorecard = PanelScorecard['scorecards'][number];
export type CompetencySummary = PanelScorecard['competencies'][number];
export type HiringDecision = PanelScorecard['decisions'][number];
