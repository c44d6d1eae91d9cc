// Reading the results: panel scorecards, the job comparison (and its print view), analytics.
// The charts inside comparison and analytics load later still, in chunks of their own.
export { AnalyticsPage } from '../../pages/analytics/AnalyticsPage';
export { JobComparisonPage } from '../../pages/panel-scorecards/JobComparisonPage';
export { JobComparisonPrintPage } from '../../pages/panel-scorecards/JobComparisonPrintPage';
export { PanelScorecardPage } from '../../pages/panel-scorecards/PanelScorecardPage';
