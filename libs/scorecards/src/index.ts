export * from './scorecard-draft';
export * from './draft-rules';
export * from './draft-merge';
export * from './text-merge';
export * from './independence';
export * from './draft-change';
