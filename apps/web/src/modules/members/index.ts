export { MembersDirectory } from './components/MembersDirectory';
