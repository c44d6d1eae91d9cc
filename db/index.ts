export { dataSourceOptions, createDataSource } from './data-source';
export { MIGRATIONS } from './migrations';
export { DEMO_ORGANIZATION, DEMO_PASSWORD, DEMO_USERS, demoUsersWithDemoPassword, lockDemoUsers, seedDemoOrganization } from './seeds/demo-organization.seed';
export { seedDemoHiring } from './seeds/demo-hiring.seed';
