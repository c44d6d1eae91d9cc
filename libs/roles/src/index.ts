export * from './role';
export * from './capabilities';
