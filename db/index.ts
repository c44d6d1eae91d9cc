export { dataSourceOptions, createDataSource } from './data-source';
export { MIGRATIONS } from './migrations';
