export * from './messages';
export * from './calendar';
