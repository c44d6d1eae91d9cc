export * from './rating-scale';
export * from './kit-rules';
export * from './kit-snapshot';
export * from './competency-label';
