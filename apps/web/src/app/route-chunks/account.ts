// Your account (password, sessions) and the organization: creating one, its settings.
export { AccountPage } from '../../pages/account/AccountPage';
export { NewOrganizationPage } from '../../pages/organizations/NewOrganizationPage';
export { SettingsPage } from '../../pages/organizations/SettingsPage';
