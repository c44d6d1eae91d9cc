import { useApolloClient } from '@apollo/client/react';
import { submitProblems, type ScoringKit } from '@panelist/scorecards';
import { useState } from 'react';
import { InterviewModeDocument, SubmitScorecardDocument } from '../../../generated/graphql';
import { describeError } from '../../errors';
import { classifySaveError } from '../utils/save-failure';
import type { ScorecardAutosave } from './useScorecardAutosave';

/** The wrap-up fields a submit error can point at; anything else is shown above the Submit button. */
export const SUBMIT_FIELDS = ['recommendation', 'summary'] as const;
export type SubmitField = (typeof SUBMIT_FIELDS)[number];

function isSubmitField(field: string | null): field is SubmitField {
  return (SUBMIT_FIELDS as readonly (string | null)[]).includes(field);
}

export interface ScorecardSubmit {
  submit: () => Promise<SubmitField | null>;
  submitting: boolean;
  errors: ReadonlyMap<string, string>;
  formProblem: string | null;
  /** Forget the server's error for a field once it is edited. */
  clearFieldError: (field: SubmitField) => void;
}

/**
 * Submit: check what the page can check, save everything pending, then submit on the acknowledged
 * version. Errors land next to the field they name. Resolves with the first field to fix, if any.
 */
export function useScorecardSubmit(scorecardId: string, kit: ScoringKit, autosave: ScorecardAutosave): ScorecardSubmit {
  const client = useApolloClient();
  const [attempted, setAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<ReadonlyMap<string, string>>(new Map());
  const [formProblem, setFormProblem] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  // Once a submit was tried, the checks follow the draft live, so a fixed field loses its error at once.
  const errors = new Map<string, string>();
  if (attempted) {
    for (const problem of submitProblems(kit, autosave.draft))
      if (isSubmitField(problem.field) && !errors.has(problem.field)) errors.set(problem.field, problem.message);
  }
  for (const [field, message] of serverErrors) if (!errors.has(field)) errors.set(field, message);

  async function submit(): Promise<SubmitField | null> {
    if (submitting) return null;
    setAttempted(true);
    setFormProblem(null);
    setServerErrors(new Map());
    const local = submitProblems(kit, autosave.current().draft);
    const firstField = SUBMIT_FIELDS.find((field) => local.some((problem) => problem.field === field));
    if (firstField) return firstField;
    if (local.length) {
      setFormProblem(local[0].message);
      return null;
    }
    setSubmitting(true);
    try {
      if (!(await autosave.flush())) {
        setFormProblem(notSavedReason(autosave.current().status));
        return null;
      }
      // Read after the flush: saving moved the version on.
      await client.mutate({ mutation: SubmitScorecardDocument, variables: { id: scorecardId, version: autosave.current().version } });
      // The returned scorecard is SUBMITTED in the cache, so the page switches to the locked view.
      autosave.discard();
      return null;
    } catch (error) {
      return await handleFailure(error);
    } finally {
      setSubmitting(false);
    }
  }

  async function handleFailure(error: unknown): Promise<SubmitField | null> {
    const failure = classifySaveError(error);
    const problem = describeError(error);
    switch (failure.kind) {
      case 'stale':
        await autosave.refresh();
        setFormProblem(
          'This scorecard was changed in another tab or device just now. The changes are merged above: check them and submit again.',
        );
        return null;
      case 'locked':
        setFormProblem(failure.message);
        await client.refetchQueries({ include: [InterviewModeDocument] });
        return null;
      case 'network':
        setFormProblem(
          'You are offline, so the scorecard was not submitted. Everything is kept on this device; submit again once you are back online.',
        );
        return null;
      case 'other':
        if (isSubmitField(problem.field)) {
          setServerErrors(new Map([[problem.field, problem.message]]));
          return problem.field;
        }
        setFormProblem(problem.message);
        return null;
    }
  }

  function clearFieldError(field: SubmitField) {
    if (serverErrors.has(field)) setServerErrors(new Map([...serverErrors].filter(([key]) => key !== field)));
  }

  return { submit, submitting, errors, formProblem, clearFieldError };
}

function notSavedReason(status: ScorecardAutosave['status']): string {
  switch (status) {
    case 'offline':
      return 'You are offline, so the scorecard cannot be submitted yet. Everything is kept on this device; submit once you are back online.';
    case 'conflict':
      return 'Choose what to keep for each conflicting field above, then submit.';
    case 'error':
    case 'saving':
    case 'saved':
      return 'The latest changes could not be saved, so the scorecard was not submitted. Try again.';
  }
}
