import { type ComponentType, lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { RequirePermission } from '../../auth/RequirePermission';
import { Loading } from '../../components/Loading';

/** The quality-improvement pages, each loaded on first use (React.lazy): the cycle chart stays in `charts`. */
function page<M>(load: () => Promise<M>, pick: (m: M) => ComponentType) {
  const Page = lazy(async () => ({ default: pick(await load()) }));
  return (
    <Suspense fallback={<Loading />}>
      <Page />
    </Suspense>
  );
}

/** Officials' improvement pages, inside the signed-in shell. */
export const improvementAdminRoutes: RouteObject[] = [
  {
    path: 'improvement',
    element: <RequirePermission permission="improvement.read" />,
    children: [
      {
        index: true,
        element: page(
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
            element: page(
              () => import('./CycleCreatePage'),
              (m) => m.CycleCreatePage,
            ),
          },
        ],
      },
      {
        path: 'tools',
        element: page(
          () => import('./ToolsPage'),
          (m) => m.ToolsPage,
        ),
      },
      {
        path: 'assessments',
        element: page(
          () => import('./AssessmentsPage'),
          (m) => m.AssessmentsPage,
        ),
      },
      {
        path: 'ksf',
        element: page(
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
            element: page(
              () => import('./RecognitionPage'),
              (m) => m.RecognitionPage,
            ),
          },
          {
            path: ':userId',
            element: page(
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
            element: page(
              () => import('./ExecutivePage'),
              (m) => m.ExecutivePage,
            ),
          },
          {
            path: 'units/:unitId',
            element: page(
              () => import('./ExecutiveUnitPage'),
              (m) => m.ExecutiveUnitPage,
            ),
          },
        ],
      },
      {
        path: 'cycles/:cycleId',
        element: page(
          () => import('./CyclePage'),
          (m) => m.CyclePage,
        ),
      },
    ],
  },
];
