export { CreateOrganizationForm } from './components/CreateOrganizationForm';
export { OrganizationNameForm } from './components/OrganizationNameForm';
export { PasswordSignInSetting } from './components/PasswordSignInSetting';
export { SsoConnectionForm } from './components/SsoConnectionForm';
export { canManageOrganization } from './utils/organization-access';
