import { createBrowserRouter } from 'react-router';
import { RequirePermission } from './auth/RequirePermission';
import { RequireSession } from './auth/RequireSession';
import { AppLayout } from './components/AppLayout';
import { AuthCallbackPage } from './pages/AuthCallbackPage';
import { complaintAdminRoutes, complaintPublicRoutes } from './pages/complaints/routes';
import { ErrorPage } from './pages/ErrorPage';
import { HomePage } from './pages/HomePage';
import { HolidaysPage } from './pages/holidays/HolidaysPage';
import { improvementAdminRoutes } from './pages/improvement/routes';
import { NotFoundPage } from './pages/NotFoundPage';
import { OnboardTenantPage } from './pages/platform/OnboardTenantPage';
import { TenantsPage } from './pages/platform/TenantsPage';
import { PublicPemdaPage } from './pages/public/PublicPemdaPage';
import { SignInPage } from './pages/SignInPage';
import { ServiceCreatePage } from './pages/services/ServiceCreatePage';
import { ServiceEditPage } from './pages/services/ServiceEditPage';
import { ServicesPage } from './pages/services/ServicesPage';
import { SettingsPage } from './pages/settings/SettingsPage';
import { surveyAdminRoutes, surveyPublicRoutes } from './pages/surveys/routes';
import { UnitCreatePage } from './pages/units/UnitCreatePage';
import { UnitEditPage } from './pages/units/UnitEditPage';
import { UnitsPage } from './pages/units/UnitsPage';
import { UserEditPage } from './pages/users/UserEditPage';
import { UserInvitePage } from './pages/users/UserInvitePage';
import { UsersPage } from './pages/users/UsersPage';

/** The officials' admin (signed in) and the citizens' public pages (no sign-in). */
export const router = createBrowserRouter([
  { path: '/signin', element: <SignInPage />, errorElement: <ErrorPage /> },
  { path: '/auth/callback', element: <AuthCallbackPage />, errorElement: <ErrorPage /> },
  { path: '/p/:slug', element: <PublicPemdaPage />, errorElement: <ErrorPage /> },
  ...complaintPublicRoutes,
  ...surveyPublicRoutes,
  {
    element: <RequireSession />,
    errorElement: <ErrorPage />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <HomePage /> },
          ...complaintAdminRoutes,
          ...surveyAdminRoutes,
          ...improvementAdminRoutes,
          {
            path: 'units',
            element: <RequirePermission permission="units.read" />,
            children: [
              { index: true, element: <UnitsPage /> },
              { path: 'new', element: <UnitCreatePage /> },
              { path: ':unitId', element: <UnitEditPage /> },
            ],
          },
          {
            path: 'services',
            element: <RequirePermission permission="services.read" />,
            children: [
              { index: true, element: <ServicesPage /> },
              { path: 'new', element: <ServiceCreatePage /> },
              { path: ':serviceId', element: <ServiceEditPage /> },
            ],
          },
          {
            path: 'users',
            element: <RequirePermission permission="users.read" />,
            children: [
              { index: true, element: <UsersPage /> },
              { path: 'new', element: <UserInvitePage /> },
              { path: ':userId', element: <UserEditPage /> },
            ],
          },
          {
            path: 'holidays',
            element: <RequirePermission permission="settings.read" />,
            children: [{ index: true, element: <HolidaysPage /> }],
          },
          {
            path: 'settings',
            element: <RequirePermission permission="settings.read" />,
            children: [{ index: true, element: <SettingsPage /> }],
          },
          {
            path: 'platform',
            element: <RequirePermission permission="tenants.manage" />,
            children: [
              { index: true, element: <TenantsPage /> },
              { path: 'new', element: <OnboardTenantPage /> },
            ],
          },
        ],
      },
    ],
  },
  { path: '*', element: <NotFoundPage /> },
]);
