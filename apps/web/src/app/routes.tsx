import type { ComponentType } from 'react';
import type { LoaderFunctionArgs, RouteObject } from 'react-router';
import type { SessionHandoff } from '../pages/auth/LoginPage';
import { NotFoundPage } from '../pages/not-found/NotFoundPage';
import type { PagePrefetch } from './app-client';
import { PageLoading } from './PageLoading';
import { RouteError } from './RouteError';

// The first chunk holds the router and the not-found page, and no Apollo Client: the sign-in page
// posts with fetch. The sign-in page is a chunk of its own (the signed-in pages never need it), the
// signed-in app (Apollo, the route guard, the shell: SignedInFrames.tsx) is one, and so is every other
// page, downloaded the first time it is visited; what pages share (a feature's components, its
// operations) the bundler puts in shared chunks, so a page carries only what it uses. On a first load,
// the chunks of the address are asked for while the first chunk downloads (apps/web/build/route-preload.mts
// reads this table at build time).

/** The signed-in app's chunk; every route past /login loads it (once) beside the page's own. */
const signedInApp = () => import('./SignedInFrames');

/** Signing in downloads the signed-in app while the password is checked, then hands the person to its Apollo client. */
const SESSION_HANDOFF: SessionHandoff = {
  preload: () => void signedInApp().catch(() => undefined), // retried, and reported, by `start`
  start: async (viewer) => (await signedInApp()).startSession(viewer),
};

/** A route `lazy` for one of the signed-in app's frames; the route guard's frames ask who is signed in at once. */
function frame(pick: (chunk: Awaited<ReturnType<typeof signedInApp>>) => ComponentType, asksForViewer = false) {
  return async () => {
    const chunk = await signedInApp();
    if (!asksForViewer) return { Component: pick(chunk) };
    return {
      Component: pick(chunk),
      loader: () => {
        chunk.prefetchViewer();
        return null;
      },
      shouldRevalidate: () => false,
    };
  };
}

/**
 * A route `lazy` that loads one page's module. The router loads it before it renders the
 * route, so a navigation keeps the current page on screen until the next one is ready.
 * `prefetch` sends the page's queries as the route is entered (see `prefetchAlongsideMe`).
 */
function page<Chunk>(load: () => Promise<Chunk>, pick: (chunk: Chunk) => ComponentType, prefetch?: (chunk: Chunk) => PagePrefetch) {
  return async () => {
    const chunk = await load();
    if (!prefetch) return { Component: pick(chunk) };
    const send = prefetch(chunk);
    return {
      Component: pick(chunk),
      loader: async ({ request }: LoaderFunctionArgs) => {
        (await signedInApp()).prefetchAlongsideMe(send, new URL(request.url));
        return null;
      },
      // Only on arriving: a search typed on the page is the page's own query.
      shouldRevalidate: () => false,
    };
  };
}

/** Every page of the app. Pages inside the shell need a signed-in person. */
export const routes: RouteObject[] = [
  {
    path: '/login',
    lazy: async () => {
      const { LoginPage } = await import('../pages/auth/LoginPage');
      return { Component: () => <LoginPage session={SESSION_HANDOFF} /> };
    },
    // On a first load its chunk is on the way before the router runs (route-preload), so this is rarely seen.
    hydrateFallbackElement: <PageLoading centered />,
  },
  {
    // Everything past sign-in talks to the API through Apollo: its provider is here. On a first load the
    // router downloads this, the frame and the page at once and shows the fallback meanwhile.
    lazy: frame((chunk) => chunk.SignedInRoot),
    hydrateFallbackElement: <PageLoading centered />,
    errorElement: <RouteError />,
    children: [
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
        lazy: frame((chunk) => chunk.PrintFrame, true),
        children: [
          {
            // While the chunk loads on a first visit, the fallbacks sit on the page routes themselves, so
            // the guard above stays on screen; the frame asks who is signed in as soon as it is loaded.
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
        lazy: frame((chunk) => chunk.ShellFrame, true),
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
                  (module) => module.prefetchBankPage,
                ),
                // Sent by the route-preload script on a first load of /bank without a search (what prefetchBankPage sends then).
                handle: {
                  firstLoad: [
                    { operation: 'Bank', variables: { search: null, filter: {}, first: 25 } },
                    { operation: 'BankFacets', variables: { search: null, filter: {} } },
                  ],
                },
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
    ],
  },
];
