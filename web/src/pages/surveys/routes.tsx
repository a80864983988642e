import { type ComponentType, lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { RequirePermission } from '../../auth/RequirePermission';
import { Loading } from '../../components/Loading';
import { ErrorPage } from '../ErrorPage';

/**
 * The survey pages, each loaded on first use (React.lazy): the citizens' form stays small on a slow connection, and
 * the officials' charts, report and QR code never reach a citizen's phone.
 */
function page<M>(load: () => Promise<M>, pick: (m: M) => ComponentType) {
  const Page = lazy(async () => ({ default: pick(await load()) }));
  return (
    <Suspense fallback={<Loading />}>
      <Page />
    </Suspense>
  );
}

/** Citizens' survey pages (no sign-in): `/p/:slug/survei` is the link notification mails carry. */
export const surveyPublicRoutes: RouteObject[] = [
  {
    path: '/p/:slug/survei',
    element: page(
      () => import('../public-surveys/PublicSurveysPage'),
      (m) => m.PublicSurveysPage,
    ),
    errorElement: <ErrorPage />,
  },
  {
    path: '/p/:slug/survei/:campaignId',
    element: page(
      () => import('../public-surveys/PublicSurveyFormPage'),
      (m) => m.PublicSurveyFormPage,
    ),
    errorElement: <ErrorPage />,
  },
  {
    path: '/p/:slug/ikm',
    element: page(
      () => import('../public-surveys/PublicIkmPage'),
      (m) => m.PublicIkmPage,
    ),
    errorElement: <ErrorPage />,
  },
];

/** Officials' survey pages, inside the signed-in shell. */
export const surveyAdminRoutes: RouteObject[] = [
  {
    path: 'surveys',
    element: <RequirePermission permission="surveys.read" />,
    children: [
      {
        index: true,
        element: page(
          () => import('./SurveysPage'),
          (m) => m.SurveysPage,
        ),
      },
      {
        path: 'new',
        element: <RequirePermission permission="surveys.manage" />,
        children: [
          {
            index: true,
            element: page(
              () => import('./CampaignCreatePage'),
              (m) => m.CampaignCreatePage,
            ),
          },
        ],
      },
      {
        path: 'comparison',
        element: page(
          () => import('./ComparisonPage'),
          (m) => m.ComparisonPage,
        ),
      },
      {
        path: 'trend',
        element: page(
          () => import('./TrendPage'),
          (m) => m.TrendPage,
        ),
      },
      {
        path: 'follow-ups',
        element: page(
          () => import('./FollowUpsPage'),
          (m) => m.FollowUpsPage,
        ),
      },
      {
        path: 'report',
        element: page(
          () => import('./ReportPage'),
          (m) => m.ReportPage,
        ),
      },
      {
        path: ':campaignId',
        element: page(
          () => import('./CampaignPage'),
          (m) => m.CampaignPage,
        ),
      },
      {
        path: ':campaignId/edit',
        element: page(
          () => import('./CampaignEditPage'),
          (m) => m.CampaignEditPage,
        ),
      },
      {
        path: ':campaignId/poster',
        element: page(
          () => import('./PosterPage'),
          (m) => m.PosterPage,
        ),
      },
    ],
  },
];
