// Reading the results: panel scorecards, the job comparison (and its print view), analytics.
// The charts inside comparison and analytics load later still, in chunks of their own.
export { AnalyticsPage } from '../../pages/analytics/AnalyticsPage';
export { JobComparisonPage } from '../../pages/job-comparison/JobComparisonPage';
export { JobComparisonPrintPage } from '../../pages/job-comparison/JobComparisonPrintPage';
export { PanelScorecardPage } from '../../pages/panel-scorecard/PanelScorecardPage';
