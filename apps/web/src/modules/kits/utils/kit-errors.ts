import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { FieldProblem } from '@panelist/kits';
import { describeError, type Problem } from '../../errors';

/** A save failure: the friendly problem plus the whole field path the API named (e.g. sections.1.questions.0.questionId). */
export interface KitSaveProblem extends Problem {
  path: string | null;
}

export function describeKitError(error: unknown): KitSaveProblem {
  const problem = describeError(error);
  let path: string | null = null;
  if (CombinedGraphQLErrors.is(error)) {
    const field = error.errors[0]?.extensions?.field;
    if (typeof field === 'string' && field) path = field;
  }
  return { ...problem, path };
}

/** Field path → message, for showing next to the control. Local problems first; the server's fills gaps. */
export function problemsByField(local: readonly FieldProblem[], server: KitSaveProblem | null): Map<string, string> {
  const byField = new Map<string, string>();
  for (const problem of local) if (!byField.has(problem.field)) byField.set(problem.field, problem.message);
  if (server?.path && !byField.has(server.path)) byField.set(server.path, server.message);
  return byField;
}
