export { CreateOrganizationForm } from './components/CreateOrganizationForm';
export { OrganizationNameForm } from './components/OrganizationNameForm';
export { PasswordSignInSetting } from './components/PasswordSignInSetting';
export { SsoConnectionForm } from './components/SsoConnectionForm';
export { canManageOrganization } from './utils/organization-access';
// The module's sheet(s) last: they come after the sheets of the modules it uses (the cascade relies on it).
import './organizations.css';
