import type { RouteObject } from 'react-router';
import { AppShell } from '../modules/shell/components/AppShell';
import { HomePage } from '../pages/home/HomePage';
import { InvitePage } from '../pages/invite/InvitePage';
import { LoginPage } from '../pages/login/LoginPage';
import { MembersPage } from '../pages/members/MembersPage';
import { NotFoundPage } from '../pages/not-found/NotFoundPage';
import { RequireViewer } from './RequireViewer';

/** Every page of the app. Pages inside the shell need a signed-in person. */
export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  { path: '/invite/:token', element: <InvitePage /> },
  {
    element: (
      <RequireViewer>
        <AppShell />
      </RequireViewer>
    ),
    children: [
      { index: true, element: <HomePage /> },
      { path: 'members', element: <MembersPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
