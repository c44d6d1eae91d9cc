export * from './error-code';
export * from './friendly-message';
export * from './field-problem';
