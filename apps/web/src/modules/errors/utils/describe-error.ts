import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { networkProblem, problemFromGraphQLErrors, problemFromHttpStatus, type Problem } from './problem';

export { formLevelMessage, messageFor, type Problem, type ProblemCode } from './problem';

/** Turns anything Apollo rejects with into a Problem; never leaks raw internal text. */
export function describeError(error: unknown): Problem {
  if (CombinedGraphQLErrors.is(error)) return problemFromGraphQLErrors(error.errors);
  if (ServerError.is(error) || ServerParseError.is(error)) return problemFromHttpStatus(error.statusCode);
  return networkProblem();
}
