// The organization's members and invitations.
export { MembersPage } from '../../pages/members/MembersPage';
