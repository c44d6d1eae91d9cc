export { AuthLayout } from './components/AuthLayout';
export { InvitationFlow } from './components/InvitationFlow';
export { LoginForm } from './components/LoginForm';
export { ResetPasswordForm } from './components/ResetPasswordForm';
export { SingleSignOnForm } from './components/SingleSignOnForm';
export { useOrganizationChanged } from './hooks/useOrganizationChanged';
export { rememberSignedInViewer, useSignedIn } from './hooks/useSignedIn';
export { ViewerContext, useViewer, type Viewer } from './hooks/useViewer';
export { NEW_PASSWORD_HINT, checkNewPassword } from './utils/password-rules';
export { noticeFrom, redirectTarget } from './utils/redirect-target';
export { ssoErrorMessage } from './utils/single-sign-on';
// The module's sheet(s) last: they come after the sheets of the modules it uses (the cascade relies on it).
import './auth.css';
