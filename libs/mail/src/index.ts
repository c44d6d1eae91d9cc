export * from './messages';
export * from './calendar';
export * from './reminder-key';
