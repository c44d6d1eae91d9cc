import type { RouteObject } from 'react-router';
import { AppShell } from '../modules/shell/components/AppShell';
import { AnalyticsPage } from '../pages/analytics/AnalyticsPage';
import { BankPage } from '../pages/bank/BankPage';
import { BankHealthPage } from '../pages/bank-health/BankHealthPage';
import { BankImportPage } from '../pages/bank-import/BankImportPage';
import { QuestionPage } from '../pages/bank-question/QuestionPage';
import { EditQuestionPage, NewQuestionPage } from '../pages/bank-question-edit/QuestionEditPage';
import { CandidatePage } from '../pages/candidate/CandidatePage';
import { CandidatesPage } from '../pages/candidates/CandidatesPage';
import { HomePage } from '../pages/home/HomePage';
import { InterviewPage } from '../pages/interview/InterviewPage';
import { InvitePage } from '../pages/invite/InvitePage';
import { JobPage } from '../pages/job/JobPage';
import { EditJobPage, NewJobPage } from '../pages/job-edit/JobEditPage';
import { JobComparisonPage } from '../pages/job-comparison/JobComparisonPage';
import { JobComparisonPrintPage } from '../pages/job-comparison/JobComparisonPrintPage';
import { JobsPage } from '../pages/jobs/JobsPage';
import { KitBuilderPage } from '../pages/kit-builder/KitBuilderPage';
import { KitPreviewPage, KitPrintPage } from '../pages/kit-preview/KitPreviewPage';
import { KitsPage } from '../pages/kits/KitsPage';
import { LoginPage } from '../pages/login/LoginPage';
import { LoopPage } from '../pages/loop/LoopPage';
import { MembersPage } from '../pages/members/MembersPage';
import { MyInterviewsPage } from '../pages/my-interviews/MyInterviewsPage';
import { NotFoundPage } from '../pages/not-found/NotFoundPage';
import { PanelScorecardPage } from '../pages/panel-scorecard/PanelScorecardPage';
import { RequireViewer } from './RequireViewer';

/** Every page of the app. Pages inside the shell need a signed-in person. */
export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  { path: '/invite/:token', element: <InvitePage /> },
  {
    // The print view has no navigation chrome: one clean page per section.
    path: '/kits/:id/print',
    element: (
      <RequireViewer>
        <KitPrintPage />
      </RequireViewer>
    ),
  },
  {
    // The debrief print view: no navigation chrome, laid out for paper.
    path: '/jobs/:jobId/compare/print',
    element: (
      <RequireViewer>
        <JobComparisonPrintPage />
      </RequireViewer>
    ),
  },
  {
    element: (
      <RequireViewer>
        <AppShell />
      </RequireViewer>
    ),
    children: [
      { index: true, element: <HomePage /> },
      { path: 'members', element: <MembersPage /> },
      { path: 'bank', element: <BankPage /> },
      { path: 'bank/import', element: <BankImportPage /> },
      { path: 'bank/health', element: <BankHealthPage /> },
      { path: 'bank/questions/new', element: <NewQuestionPage /> },
      { path: 'bank/questions/:id', element: <QuestionPage /> },
      { path: 'bank/questions/:id/edit', element: <EditQuestionPage /> },
      { path: 'kits', element: <KitsPage /> },
      // One route for new and existing kits, so a new kit keeps its state when its first save gives it an id.
      { path: 'kits/:id', element: <KitBuilderPage /> },
      { path: 'kits/:id/preview', element: <KitPreviewPage /> },
      { path: 'jobs', element: <JobsPage /> },
      { path: 'jobs/new', element: <NewJobPage /> },
      { path: 'jobs/:id', element: <JobPage /> },
      { path: 'jobs/:id/edit', element: <EditJobPage /> },
      { path: 'candidates', element: <CandidatesPage /> },
      { path: 'candidates/:id', element: <CandidatePage /> },
      { path: 'loops/:id', element: <LoopPage /> },
      { path: 'my-interviews', element: <MyInterviewsPage /> },
      { path: 'interviews/:id', element: <InterviewPage /> },
      { path: 'jobs/:jobId/compare', element: <JobComparisonPage /> },
      { path: 'loops/:loopId/scorecard', element: <PanelScorecardPage /> },
      { path: 'analytics', element: <AnalyticsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
