import type { Permission } from '@prima/domain';

/** Side-navigation entries of the improvement pages, each shown only to those the domain policy allows. */
export const IMPROVEMENT_NAV: ReadonlyArray<{
  key: 'board' | 'assessments' | 'recognition' | 'executive';
  to: string;
  permission: Permission;
}> = [
  { key: 'board', to: '/improvement', permission: 'improvement.read' },
  { key: 'assessments', to: '/improvement/assessments', permission: 'improvement.read' },
  { key: 'recognition', to: '/improvement/recognition', permission: 'recognition.read' },
  { key: 'executive', to: '/improvement/executive', permission: 'executive.read' },
];
