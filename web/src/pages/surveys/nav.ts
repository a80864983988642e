import type { Permission } from '@prima/domain';

/** Side-navigation entries of the survey pages, each shown only to those the domain policy allows. */
export type SurveyNavKey = 'campaigns' | 'comparison' | 'trend' | 'followUps' | 'report';

export const SURVEY_NAV: ReadonlyArray<{ key: SurveyNavKey; to: string; permission: Permission }> = [
  { key: 'campaigns', to: '/surveys', permission: 'surveys.read' },
  { key: 'comparison', to: '/surveys/comparison', permission: 'surveys.read' },
  { key: 'trend', to: '/surveys/trend', permission: 'surveys.read' },
  { key: 'followUps', to: '/surveys/follow-ups', permission: 'surveys.read' },
  { key: 'report', to: '/surveys/report', permission: 'surveys.read' },
];
