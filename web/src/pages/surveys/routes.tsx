import type { RouteObject } from 'react-router';
import { RequirePermission } from '../../auth/RequirePermission';
import { lazyPage } from '../../components/lazyPage';
import { ErrorPage } from '../ErrorPage';

/** Citizens' survey pages (no sign-in): `/p/:slug/survei` is the link notification mails carry. */
export const surveyPublicRoutes: RouteObject[] = [
  {
    path: '/p/:slug/survei',
    element: lazyPage(
      () => import('../public-surveys/PublicSurveysPage'),
      (m) => m.PublicSurveysPage,
    ),
    errorElement: <ErrorPage />,
  },
  {
    path: '/p/:slug/survei/:campaignId',
    element: lazyPage(
      () => import('../public-surveys/PublicSurveyFormPage'),
      (m) => m.PublicSurveyFormPage,
    ),
    errorElement: <ErrorPage />,
  },
  {
    path: '/p/:slug/ikm',
    element: lazyPage(
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
        element: lazyPage(
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
            element: lazyPage(
              () => import('./CampaignCreatePage'),
              (m) => m.CampaignCreatePage,
            ),
          },
        ],
      },
      {
        path: 'comparison',
        element: lazyPage(
          () => import('./ComparisonPage'),
          (m) => m.ComparisonPage,
        ),
      },
      {
        path: 'trend',
        element: lazyPage(
          () => import('./TrendPage'),
          (m) => m.TrendPage,
        ),
      },
      {
        path: 'follow-ups',
        element: lazyPage(
          () => import('./FollowUpsPage'),
          (m) => m.FollowUpsPage,
        ),
      },
      {
        path: 'report',
        element: lazyPage(
          () => import('./ReportPage'),
          (m) => m.ReportPage,
        ),
      },
      {
        path: ':campaignId',
        element: lazyPage(
          () => import('./CampaignPage'),
          (m) => m.CampaignPage,
        ),
      },
      {
        path: ':campaignId/edit',
        element: lazyPage(
          () => import('./CampaignEditPage'),
          (m) => m.CampaignEditPage,
        ),
      },
      {
        path: ':campaignId/poster',
        element: lazyPage(
          () => import('./PosterPage'),
          (m) => m.PosterPage,
        ),
      },
    ],
  },
];
