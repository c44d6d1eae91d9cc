export * from './rating-scale';
export * from './kit-rules';
