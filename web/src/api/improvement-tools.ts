import { isPeriodKey } from '@prima/domain';
import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import { unwrap } from './problem';

/** The quality tools: Pareto of complaint categories, XmR charts of handling time and daily volume, IKM trend. */

const tools = api.improvement.tools;

export const usePareto = (period: string) =>
  useQuery({
    queryKey: ['improvement', 'tools', 'pareto', period],
    enabled: isPeriodKey(period),
    queryFn: async () => unwrap(await tools.pareto.$get({ query: { period } })),
  });
export type Pareto = NonNullable<ReturnType<typeof usePareto>['data']>;

export const useXmr = (measure: 'handling-time' | 'daily-volume', period: string) =>
  useQuery({
    queryKey: ['improvement', 'tools', 'xmr', measure, period],
    enabled: isPeriodKey(period),
    queryFn: async () =>
      unwrap(
        measure === 'handling-time'
          ? await tools.xmr['handling-time'].$get({ query: { period } })
          : await tools.xmr['daily-volume'].$get({ query: { period } }),
      ),
  });
export type Xmr = NonNullable<ReturnType<typeof useXmr>['data']>;

export const useIkmTrend = () =>
  useQuery({
    queryKey: ['improvement', 'tools', 'ikm-trend'],
    queryFn: async () => unwrap(await tools['ikm-trend'].$get({ query: {} })),
  });
export type IkmTrend = NonNullable<ReturnType<typeof useIkmTrend>['data']>;
