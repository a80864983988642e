import type { RouteObject } from 'react-router';
import { RequirePermission } from '../../auth/RequirePermission';
import { lazyPage } from '../../components/lazyPage';

/** Officials' improvement pages, inside the signed-in shell. */
export const improvementAdminRoutes: RouteObject[] = [
  {
    path: 'improvement',
    element: <RequirePermission permission="improvement.read" />,
    children: [
      {
        index: true,
        element: lazyPage(
          () => import('./BoardPage'),
          (m) => m.BoardPage,
        ),
      },
      {
        path: 'new',
        element: <RequirePermission permission="improvement.write" />,
        children: [
          {
            index: true,
            element: lazyPage(
              () => import('./CycleCreatePage'),
              (m) => m.CycleCreatePage,
            ),
          },
        ],
      },
      {
        path: 'tools',
        element: lazyPage(
          () => import('./ToolsPage'),
          (m) => m.ToolsPage,
        ),
      },
      {
        path: 'assessments',
        element: lazyPage(
          () => import('./AssessmentsPage'),
          (m) => m.AssessmentsPage,
        ),
      },
      {
        path: 'ksf',
        element: lazyPage(
          () => import('./KsfPage'),
          (m) => m.KsfPage,
        ),
      },
      {
        path: 'recognition',
        element: <RequirePermission permission="recognition.read" />,
        children: [
          {
            index: true,
            element: lazyPage(
              () => import('./RecognitionPage'),
              (m) => m.RecognitionPage,
            ),
          },
          {
            path: ':userId',
            element: lazyPage(
              () => import('./RecognitionDetailPage'),
              (m) => m.RecognitionDetailPage,
            ),
          },
        ],
      },
      {
        path: 'executive',
        element: <RequirePermission permission="executive.read" />,
        children: [
          {
            index: true,
            element: lazyPage(
              () => import('./ExecutivePage'),
              (m) => m.ExecutivePage,
            ),
          },
          {
            path: 'units/:unitId',
            element: lazyPage(
              () => import('./ExecutiveUnitPage'),
              (m) => m.ExecutiveUnitPage,
            ),
          },
        ],
      },
      {
        path: 'cycles/:cycleId',
        element: lazyPage(
          () => import('./CyclePage'),
          (m) => m.CyclePage,
        ),
      },
    ],
  },
];
