export { ChangePasswordForm } from './components/ChangePasswordForm';
export { OrganizationsList } from './components/OrganizationsList';
export { SessionsList } from './components/SessionsList';
