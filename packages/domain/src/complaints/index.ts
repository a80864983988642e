export * from './lifecycle';
export * from './model';
export * from './schemas';
export * from './stats';
