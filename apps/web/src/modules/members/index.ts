export { MembersDirectory } from './components/MembersDirectory';
// The module's sheet(s) last: they come after the sheets of the modules it uses (the cascade relies on it).
import './members.css';
