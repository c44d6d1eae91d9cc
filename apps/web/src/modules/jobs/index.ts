export { AddCandidatePanel } from './components/AddCandidatePanel';
export { JobForm } from './components/JobForm';
export { JobLoops } from './components/JobLoops';
export { JobRounds } from './components/JobRounds';
export { JobStatusBadge } from './components/JobStatusBadge';
export { useJobFormOptions } from './hooks/useJobFormOptions';
// The module's sheet(s) last: they come after the sheets of the modules it uses (the cascade relies on it).
import './jobs.css';
