export { describeError, formLevelMessage, messageFor, type Problem } from './utils/describe-error';
export { errorFieldPath } from './utils/error-field-path';
export { useBoundForm } from './hooks/useBoundForm';
export { useFormProblem } from './hooks/useFormProblem';
