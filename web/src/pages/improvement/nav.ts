import type { Permission } from '@prima/domain';

/** Side-navigation entries of the improvement pages, each shown only to those the domain policy allows. */
export const IMPROVEMENT_NAV: ReadonlyArray<{ key: 'board'; to: string; permission: Permission }> = [
  { key: 'board', to: '/improvement', permission: 'improvement.read' },
];
