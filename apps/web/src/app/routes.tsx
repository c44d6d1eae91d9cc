import type { RouteObject } from 'react-router';
import { AppShell } from '../modules/shell/components/AppShell';
import { BankPage } from '../pages/bank/BankPage';
import { BankHealthPage } from '../pages/bank-health/BankHealthPage';
import { BankImportPage } from '../pages/bank-import/BankImportPage';
import { QuestionPage } from '../pages/bank-question/QuestionPage';
import { EditQuestionPage, NewQuestionPage } from '../pages/bank-question-edit/QuestionEditPage';
import { HomePage } from '../pages/home/HomePage';
import { InvitePage } from '../pages/invite/InvitePage';
import { KitBuilderPage } from '../pages/kit-builder/KitBuilderPage';
import { KitPreviewPage, KitPrintPage } from '../pages/kit-preview/KitPreviewPage';
import { KitsPage } from '../pages/kits/KitsPage';
import { LoginPage } from '../pages/login/LoginPage';
import { MembersPage } from '../pages/members/MembersPage';
import { NotFoundPage } from '../pages/not-found/NotFoundPage';
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
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
