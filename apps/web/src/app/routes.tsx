import type { ComponentType } from 'react';
import { Outlet, type RouteObject } from 'react-router';
import { AppShell } from '../modules/shell';
import { HomePage } from '../pages/home/HomePage';
import { InvitePage } from '../pages/auth/InvitePage';
import { LoginPage } from '../pages/auth/LoginPage';
import { NotFoundPage } from '../pages/not-found/NotFoundPage';
import { ResetPasswordPage } from '../pages/auth/ResetPasswordPage';
import { NavigationStatus } from './NavigationStatus';
import { PageLoading } from './PageLoading';
import { RequireViewer } from './RequireViewer';
import { RouteError } from './RouteError';

// The first pages (sign-in, invitation, password reset, home, not found) ship in the main bundle. Every other area is
// a chunk of its own, downloaded the first time one of its pages is visited (see ./route-chunks).
const bank = () => import('./route-chunks/bank');
const kits = () => import('./route-chunks/kits');
const hiring = () => import('./route-chunks/hiring');
const interviews = () => import('./route-chunks/interviews');
const results = () => import('./route-chunks/results');
const members = () => import('./route-chunks/members');
const account = () => import('./route-chunks/account');
const accountability = () => import('./route-chunks/accountability');

/**
 * A route `lazy` that takes one page from an area's chunk. The router loads it before it renders the
 * route, so a navigation keeps the current page on screen until the next one is ready.
 */
function page<Chunk>(load: () => Promise<Chunk>, pick: (chunk: Chunk) => ComponentType) {
  return async () => ({ Component: pick(await load()) });
}

/** Every page of the app. Pages inside the shell need a signed-in person. */
export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  { path: '/invite/:token', element: <InvitePage /> },
  { path: '/reset/:token', element: <ResetPasswordPage /> },
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
        lazy: page(kits, (chunk) => chunk.KitPrintPage),
        hydrateFallbackElement: <PageLoading centered />,
        errorElement: <RouteError />,
      },
      {
        path: '/jobs/:jobId/compare/print',
        lazy: page(results, (chunk) => chunk.JobComparisonPrintPage),
        hydrateFallbackElement: <PageLoading centered />,
        errorElement: <RouteError />,
      },
      {
        path: '/candidates/:id/export',
        lazy: page(accountability, (chunk) => chunk.CandidateExportPage),
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
          { index: true, element: <HomePage /> },
          { path: 'members', lazy: page(members, (chunk) => chunk.MembersPage) },
          { path: 'account', lazy: page(account, (chunk) => chunk.AccountPage) },
          { path: 'settings', lazy: page(account, (chunk) => chunk.SettingsPage) },
          { path: 'audit', lazy: page(accountability, (chunk) => chunk.AuditPage) },
          { path: 'organizations/new', lazy: page(account, (chunk) => chunk.NewOrganizationPage) },
          { path: 'bank', lazy: page(bank, (chunk) => chunk.BankPage) },
          { path: 'bank/import', lazy: page(bank, (chunk) => chunk.BankImportPage) },
          { path: 'bank/health', lazy: page(bank, (chunk) => chunk.BankHealthPage) },
          { path: 'bank/questions/new', lazy: page(bank, (chunk) => chunk.NewQuestionPage) },
          { path: 'bank/questions/:id', lazy: page(bank, (chunk) => chunk.QuestionPage) },
          { path: 'bank/questions/:id/edit', lazy: page(bank, (chunk) => chunk.EditQuestionPage) },
          { path: 'kits', lazy: page(kits, (chunk) => chunk.KitsPage) },
          // One route for new and existing kits, so a new kit keeps its state when its first save gives it an id.
          { path: 'kits/:id', lazy: page(kits, (chunk) => chunk.KitBuilderPage) },
          { path: 'kits/:id/preview', lazy: page(kits, (chunk) => chunk.KitPreviewPage) },
          { path: 'jobs', lazy: page(hiring, (chunk) => chunk.JobsPage) },
          { path: 'jobs/new', lazy: page(hiring, (chunk) => chunk.NewJobPage) },
          { path: 'jobs/:id', lazy: page(hiring, (chunk) => chunk.JobPage) },
          { path: 'jobs/:id/edit', lazy: page(hiring, (chunk) => chunk.EditJobPage) },
          { path: 'candidates', lazy: page(hiring, (chunk) => chunk.CandidatesPage) },
          { path: 'candidates/:id', lazy: page(hiring, (chunk) => chunk.CandidatePage) },
          { path: 'loops/:id', lazy: page(hiring, (chunk) => chunk.LoopPage) },
          { path: 'my-interviews', lazy: page(interviews, (chunk) => chunk.MyInterviewsPage) },
          { path: 'interviews/:id', lazy: page(interviews, (chunk) => chunk.InterviewPage) },
          { path: 'jobs/:jobId/compare', lazy: page(results, (chunk) => chunk.JobComparisonPage) },
          { path: 'loops/:loopId/scorecard', lazy: page(results, (chunk) => chunk.PanelScorecardPage) },
          { path: 'analytics', lazy: page(results, (chunk) => chunk.AnalyticsPage) },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
