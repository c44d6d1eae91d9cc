export * from './error-code';
export * from './friendly-message';
