export { dataSourceOptions, createDataSource, migrateUnderLock, poolSettings, MIGRATION_LOCK_KEY, type PoolSettings } from './data-source';
export { MIGRATIONS } from './migrations';
export {
  DEMO_ORGANIZATION,
  DEMO_PASSWORD,
  DEMO_USERS,
  demoUsersWithDemoPassword,
  lockDemoUsers,
  seedDemoOrganization,
} from './seeds/demo-organization.seed';
export { seedDemoHiring } from './seeds/demo-hiring.seed';
