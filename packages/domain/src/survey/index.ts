export * from './ikm';
export { roundHalfUp } from './rounding';
export * from './sample';
export * from './schemas';
export * from './servqual';
export * from './servqual-template';
export * from './templates';
export * from './trust';
export * from './trust-template';
