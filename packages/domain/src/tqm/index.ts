export * from './assessment';
export * from './compare';
export * from './cycle';
export * from './ksf';
export * from './pareto';
export * from './xmr';
