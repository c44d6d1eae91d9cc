export { CandidateDetails } from './components/CandidateDetails';
export { CandidateForm } from './components/CandidateForm';
export { useDebouncedValue } from './hooks/useDebouncedValue';
export { EMPTY_CANDIDATE, checkCandidate, toCandidateInput, type CandidateFormValues } from './utils/candidate-form';
