export { CandidateDetails } from './components/CandidateDetails';
export { CandidateForm } from './components/CandidateForm';
export { DuplicateCandidateNotice } from './components/DuplicateCandidateNotice';
export { useDebouncedValue } from './hooks/useDebouncedValue';
export { EMPTY_CANDIDATE, checkCandidate, toCandidateInput, type CandidateFormValues } from './utils/candidate-form';
// The module's sheet(s) last: they come after the sheets of the modules it uses (the cascade relies on it).
import './candidates.css';
