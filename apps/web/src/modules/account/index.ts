export { ChangePasswordForm } from './components/ChangePasswordForm';
export { EmailPreferences } from './components/EmailPreferences';
export { OrganizationsList } from './components/OrganizationsList';
export { SessionsList } from './components/SessionsList';
// The module's sheet(s) last: they come after the sheets of the modules it uses (the cascade relies on it).
import './account.css';
