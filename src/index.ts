export * from './dates/index.js';
export type { Cited } from './law/cited.js';
export * from './model/index.js';
export * from './eligibility/index.js';
export * from './case/index.js';
export * from './privacy/index.js';
export * from './measures/index.js';
export * from './kpi/index.js';
