export { describeError } from './utils/describe-error';
export {
  formLevelMessage,
  messageFor,
  networkProblem,
  problemFromGraphQLErrors,
  problemFromHttpStatus,
  type GraphQLErrorLike,
  type Problem,
} from './utils/problem';
export { errorFieldPath } from './utils/error-field-path';
export { useBoundForm } from './hooks/useBoundForm';
export { useFormProblem } from './hooks/useFormProblem';
