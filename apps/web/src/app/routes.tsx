import type { ComponentType } from 'react';
import { Outlet, type RouteObject } from 'react-router';
import { AppShell } from '../modules/shell';
import { LoginPage } from '../pages/auth/LoginPage';
import { NotFoundPage } from '../pages/not-found/NotFoundPage';
import { NavigationStatus } from './NavigationStatus';
import { PageLoading } from './PageLoading';
import { RequireViewer } from './RequireViewer';
import { RouteError } from './RouteError';

// The sign-in page and the not-found page ship in the main bundle. Every other page is a chunk of its own, downloaded the first time it is visited; what pages share (a feature's components,
// its operations) the bundler puts in shared chunks, so a page carries only what it uses.

/**
 * A route `lazy` that loads one page's module. The router loads it before it renders the
 * route, so a navigation keeps the current page on screen until the next one is ready.
 */
function page<Chunk>(load: () => Promise<Chunk>, pick: (chunk: Chunk) => ComponentType) {
  return async () => ({ Component: pick(await load()) });
}

/** Every page of the app. Pages inside the shell need a signed-in person. */
export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  {
    path: '/invite/:token',
    lazy: page(
      () => import('../pages/auth/InvitePage'),
      (module) => module.InvitePage,
    ),
    hydrateFallbackElement: <PageLoading centered />,
    errorElement: <RouteError />,
  },
  {
    path: '/reset/:token',
    lazy: page(
      () => import('../pages/auth/ResetPasswordPage'),
      (module) => module.ResetPasswordPage,
    ),
    hydrateFallbackElement: <PageLoading centered />,
    errorElement: <RouteError />,
  },
  {
    // The print views have no navigation chrome: one clean page, laid out for paper.
    element: (
      <RequireViewer>
        <Outlet />
      </RequireViewer>
    ),
    children: [
      {
        // While the chunk loads on a first visit, the fallbacks sit on the page routes themselves, so
        // the guard above renders (and asks who is signed in) in parallel with the download.
        path: '/kits/:id/print',
        lazy: page(
          () => import('../pages/kits/KitPreviewPage'),
          (module) => module.KitPrintPage,
        ),
        hydrateFallbackElement: <PageLoading centered />,
        errorElement: <RouteError />,
      },
      {
        path: '/jobs/:jobId/compare/print',
        lazy: page(
          () => import('../pages/panel-scorecards/JobComparisonPrintPage'),
          (module) => module.JobComparisonPrintPage,
        ),
        hydrateFallbackElement: <PageLoading centered />,
        errorElement: <RouteError />,
      },
      {
        path: '/candidates/:id/export',
        lazy: page(
          () => import('../pages/candidate-data/CandidateExportPage'),
          (module) => module.CandidateExportPage,
        ),
        hydrateFallbackElement: <PageLoading centered />,
        errorElement: <RouteError />,
      },
    ],
  },
  {
    element: (
      <RequireViewer>
        <AppShell />
        <NavigationStatus />
      </RequireViewer>
    ),
    children: [
      {
        // Inside the shell's outlet: the navigation stays visible while a page loads or if it fails.
        hydrateFallbackElement: <PageLoading />,
        errorElement: <RouteError />,
        children: [
          {
            index: true,
            lazy: page(
              () => import('../pages/home/HomePage'),
              (module) => module.HomePage,
            ),
          },
          {
            path: 'members',
            lazy: page(
              () => import('../pages/members/MembersPage'),
              (module) => module.MembersPage,
            ),
          },
          {
            path: 'account',
            lazy: page(
              () => import('../pages/account/AccountPage'),
              (module) => module.AccountPage,
            ),
          },
          {
            path: 'settings',
            lazy: page(
              () => import('../pages/organizations/SettingsPage'),
              (module) => module.SettingsPage,
            ),
          },
          {
            path: 'audit',
            lazy: page(
              () => import('../pages/audit/AuditPage'),
              (module) => module.AuditPage,
            ),
          },
          {
            path: 'organizations/new',
            lazy: page(
              () => import('../pages/organizations/NewOrganizationPage'),
              (module) => module.NewOrganizationPage,
            ),
          },
          {
            path: 'bank',
            lazy: page(
              () => import('../pages/questions/BankPage'),
              (module) => module.BankPage,
            ),
          },
          {
            path: 'bank/import',
            lazy: page(
              () => import('../pages/bank-imports/BankImportPage'),
              (module) => module.BankImportPage,
            ),
          },
          {
            path: 'bank/health',
            lazy: page(
              () => import('../pages/bank-health/BankHealthPage'),
              (module) => module.BankHealthPage,
            ),
          },
          {
            path: 'bank/questions/new',
            lazy: page(
              () => import('../pages/questions/QuestionEditPage'),
              (module) => module.NewQuestionPage,
            ),
          },
          {
            path: 'bank/questions/:id',
            lazy: page(
              () => import('../pages/questions/QuestionPage'),
              (module) => module.QuestionPage,
            ),
          },
          {
            path: 'bank/questions/:id/edit',
            lazy: page(
              () => import('../pages/questions/QuestionEditPage'),
              (module) => module.EditQuestionPage,
            ),
          },
          {
            path: 'kits',
            lazy: page(
              () => import('../pages/kits/KitsPage'),
              (module) => module.KitsPage,
            ),
          },
          // One route for new and existing kits, so a new kit keeps its state when its first save gives it an id.
          {
            path: 'kits/:id',
            lazy: page(
              () => import('../pages/kits/KitBuilderPage'),
              (module) => module.KitBuilderPage,
            ),
          },
          {
            path: 'kits/:id/preview',
            lazy: page(
              () => import('../pages/kits/KitPreviewPage'),
              (module) => module.KitPreviewPage,
            ),
          },
          {
            path: 'jobs',
            lazy: page(
              () => import('../pages/jobs/JobsPage'),
              (module) => module.JobsPage,
            ),
          },
          {
            path: 'jobs/new',
            lazy: page(
              () => import('../pages/jobs/JobEditPage'),
              (module) => module.NewJobPage,
            ),
          },
          {
            path: 'jobs/:id',
            lazy: page(
              () => import('../pages/jobs/JobPage'),
              (module) => module.JobPage,
            ),
          },
          {
            path: 'jobs/:id/edit',
            lazy: page(
              () => import('../pages/jobs/JobEditPage'),
              (module) => module.EditJobPage,
            ),
          },
          {
            path: 'candidates',
            lazy: page(
              () => import('../pages/candidates/CandidatesPage'),
              (module) => module.CandidatesPage,
            ),
          },
          {
            path: 'candidates/:id',
            lazy: page(
              () => import('../pages/candidates/CandidatePage'),
              (module) => module.CandidatePage,
            ),
          },
          {
            path: 'loops/:id',
            lazy: page(
              () => import('../pages/interviews/LoopPage'),
              (module) => module.LoopPage,
            ),
          },
          {
            path: 'my-interviews',
            lazy: page(
              () => import('../pages/interviews/MyInterviewsPage'),
              (module) => module.MyInterviewsPage,
            ),
          },
          {
            path: 'interviews/:id',
            lazy: page(
              () => import('../pages/scorecards/InterviewPage'),
              (module) => module.InterviewPage,
            ),
          },
          {
            path: 'jobs/:jobId/compare',
            lazy: page(
              () => import('../pages/panel-scorecards/JobComparisonPage'),
              (module) => module.JobComparisonPage,
            ),
          },
          {
            path: 'loops/:loopId/scorecard',
            lazy: page(
              () => import('../pages/panel-scorecards/PanelScorecardPage'),
              (module) => module.PanelScorecardPage,
            ),
          },
          {
            path: 'analytics',
            lazy: page(
              () => import('../pages/analytics/AnalyticsPage'),
              (module) => module.AnalyticsPage,
            ),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
