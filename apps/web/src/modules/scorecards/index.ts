export { InterviewHeader } from './components/InterviewHeader';
export { ScoringWorkspace } from './components/ScoringWorkspace';
export { SubmittedScorecard } from './components/SubmittedScorecard';
export { countPendingScorecards } from './utils/pending-store';
