export { LoopInterviewsSummary } from './components/LoopInterviewsSummary';
export { LoopManagersOnly } from './components/LoopManagersOnly';
export { LoopView } from './components/LoopView';
export { MyInterviewsTable } from './components/MyInterviewsTable';
export { Notice } from './components/Notice';
export { SeatStatus } from './components/SeatStatus';
export { formatInterviewTime } from './utils/interview-time';
export { canManageLoops, canScore } from './utils/loop-roles';
export { needsScoring } from './utils/scoring-action';
// The module's sheet(s) last: they come after the sheets of the modules it uses (the cascade relies on it).
import './interviews.css';
