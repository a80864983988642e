import type { RouteObject } from 'react-router';
import { RequirePermission } from '../../auth/RequirePermission';
import { ErrorPage } from '../ErrorPage';
import { ComplaintFormPage } from '../public/ComplaintFormPage';
import { TrackPage } from '../public/TrackPage';
import { TransparencyPage } from '../public/TransparencyPage';
import { ApiKeysPage } from './ApiKeysPage';
import { CannedRepliesPage } from './CannedRepliesPage';
import { CategoriesPage } from './CategoriesPage';
import { ComplaintPage } from './ComplaintPage';
import { DashboardPage } from './DashboardPage';
import { InboxPage } from './InboxPage';
import { MailboxPage } from './MailboxPage';
import { StaffEntryPage } from './StaffEntryPage';

/**
 * Citizens' complaint pages (no sign-in), beside `/p/:slug`. `/p/:slug/lacak/:code` is the link the notifications
 * carry. The development mailbox page is `/dev/mailbox/:slug`: the local server's JSON `/dev/mailbox?slug=…` takes
 * the bare path.
 */
export const complaintPublicRoutes: RouteObject[] = [
  { path: '/p/:slug/pengaduan', element: <ComplaintFormPage />, errorElement: <ErrorPage /> },
  { path: '/p/:slug/lacak/:code?', element: <TrackPage />, errorElement: <ErrorPage /> },
  { path: '/p/:slug/transparansi', element: <TransparencyPage />, errorElement: <ErrorPage /> },
  { path: '/dev/mailbox/:slug?', element: <MailboxPage />, errorElement: <ErrorPage /> },
];

/** Officials' complaint pages, inside the signed-in shell; `/complaints/:id` is the notifications' admin link. */
export const complaintAdminRoutes: RouteObject[] = [
  {
    path: 'complaints',
    element: <RequirePermission permission="complaints.read" />,
    children: [
      { index: true, element: <InboxPage /> },
      { path: 'dashboard', element: <DashboardPage /> },
      { path: 'categories', element: <CategoriesPage /> },
      { path: 'canned-replies', element: <CannedRepliesPage /> },
      {
        path: 'new',
        element: <RequirePermission permission="complaints.handle" />,
        children: [{ index: true, element: <StaffEntryPage /> }],
      },
      { path: ':complaintId', element: <ComplaintPage /> },
    ],
  },
  {
    path: 'open311-keys',
    element: <RequirePermission permission="apikeys.manage" />,
    children: [{ index: true, element: <ApiKeysPage /> }],
  },
];
