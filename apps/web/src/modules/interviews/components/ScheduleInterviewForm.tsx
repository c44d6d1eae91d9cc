import { useApolloClient, useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  InterviewLoopDocument,
  RescheduleInterviewDocument,
  ScheduleInterviewDocument,
  type LoopInterviewFragment,
} from '../../../generated/graphql';
import { describeError, errorFieldPath, formLevelMessage, messageFor, type Problem } from '../../errors';
import { Alert, Field, TextField } from '../../ui';
import type { KitOption, ScorerOption } from '../hooks/useSchedulingOptions';
import { viewerTimeZone } from '../utils/interview-time';
import {
  EMPTY_SCHEDULE,
  SCHEDULE_FIELDS,
  checkSchedule,
  otherKits,
  parseSource,
  scheduleField,
  toPlan,
  valuesFromInterview,
  type ScheduleValues,
} from '../utils/schedule-form';
import { InterviewerPicker } from './InterviewerPicker';

export interface RoundOption {
  id: string;
  name: string;
  kit: { id: string; title: string; interviewMinutes: number };
}

interface ScheduleInterviewFormProps {
  loopId: string;
  rounds: readonly RoundOption[];
  kits: readonly KitOption[];
  scorers: readonly ScorerOption[];
  /** Given: reschedule this interview (time, length, panel). Absent: schedule a new one. */
  interview?: LoopInterviewFragment;
  /** The round preselected for a new interview, as "round:<id>". */
  suggestedSource?: string;
  onDone: (message: string) => void;
  onCancel?: () => void;
}

function minutesOf(source: string, rounds: readonly RoundOption[], kits: readonly KitOption[]): number | null {
  const { roundId, kitId } = parseSource(source);
  if (roundId) return rounds.find((round) => round.id === roundId)?.kit.interviewMinutes ?? null;
  if (kitId) return kits.find((kit) => kit.id === kitId)?.interviewMinutes ?? null;
  return null;
}

/** Schedules an interview of the loop, or moves one and changes its panel. */
export function ScheduleInterviewForm({
  loopId,
  rounds,
  kits,
  scorers,
  interview,
  suggestedSource = '',
  onDone,
  onCancel,
}: ScheduleInterviewFormProps) {
  const rescheduling = Boolean(interview);
  const others = otherKits(kits, rounds);
  const [values, setValues] = useState<ScheduleValues>(() =>
    interview
      ? valuesFromInterview(interview)
      : { ...EMPTY_SCHEDULE, source: suggestedSource, durationMinutes: String(minutesOf(suggestedSource, rounds, kits) ?? '') },
  );
  const [problem, setProblem] = useState<Problem | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const client = useApolloClient();
  const refetch = { refetchQueries: [{ query: InterviewLoopDocument, variables: { id: loopId } }], awaitRefetchQueries: true };
  const [schedule, { loading: scheduling }] = useMutation(ScheduleInterviewDocument, refetch);
  const [reschedule, { loading: rescheduleSaving }] = useMutation(RescheduleInterviewDocument, refetch);

  useEffect(() => {
    if (problem?.field) formRef.current?.querySelector<HTMLElement>(`[name="${problem.field}"]`)?.focus();
  }, [problem]);

  const set = <K extends keyof ScheduleValues>(key: K, value: ScheduleValues[K]) => setValues((current) => ({ ...current, [key]: value }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const local = checkSchedule(values, { needsSource: !rescheduling });
    setProblem(local);
    if (local) return;
    const plan = toPlan(values);
    try {
      if (interview) {
        await reschedule({ variables: { input: { id: interview.id, version: interview.version, ...plan } } });
        onDone('Interview rescheduled. The panel sees the new time on their My interviews page.');
      } else {
        await schedule({ variables: { input: { loopId, ...parseSource(values.source), ...plan } } });
        onDone('Interview scheduled. It is on each interviewer’s My interviews page.');
        setValues({ ...EMPTY_SCHEDULE });
      }
    } catch (error) {
      const described = describeError(error);
      const field = scheduleField(errorFieldPath(error));
      if (described.code === 'CONFLICT' && field === 'version') {
        // Show their change under the form; what this person typed stays, and saving again applies it.
        await client.refetchQueries({ include: [InterviewLoopDocument] }).catch(() => undefined);
        setProblem({
          ...described,
          field: null,
          message:
            'Someone else changed this interview while you were editing. The page now shows their version; check your changes and save again.',
        });
        return;
      }
      setProblem({ ...described, field });
    }
  }

  const startedScoring = new Set(interview?.panel.filter((seat) => seat.status !== 'PENDING').map((seat) => seat.interviewer.userId));
  const formerScorers = (interview?.panel ?? [])
    .filter((seat) => !scorers.some((scorer) => scorer.userId === seat.interviewer.userId))
    .map((seat) => seat.interviewer);
  const formError = formLevelMessage(problem, SCHEDULE_FIELDS);
  const saving = scheduling || rescheduleSaving;
  return (
    <form
      ref={formRef}
      className="schedule-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={rescheduling ? 'Reschedule interview' : 'Schedule an interview'}
    >
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <div className={`schedule-form__grid${rescheduling ? ' schedule-form__grid--reschedule' : ''}`}>
        {rescheduling ? null : (
          <Field
            label="Round"
            error={messageFor(problem, 'source')}
            hint="The job’s rounds first; below them, kits that are not one of its rounds."
          >
            {(control) => (
              <select
                className="select"
                name="source"
                {...control}
                value={values.source}
                onChange={(event) => {
                  const source = event.target.value;
                  const minutes = minutesOf(source, rounds, kits);
                  setValues((current) => ({
                    ...current,
                    source,
                    durationMinutes: minutes === null ? current.durationMinutes : String(minutes),
                  }));
                }}
              >
                <option value="">Choose a round…</option>
                {rounds.length > 0 ? (
                  <optgroup label="Rounds of this job">
                    {rounds.map((round) => (
                      <option key={round.id} value={`round:${round.id}`}>
                        {round.name} — {round.kit.title}
                      </option>
                    ))}
                  </optgroup>
                ) : null}
                {others.length > 0 ? (
                  <optgroup label="Other kits (not a round of this job)">
                    {others.map((kit) => (
                      <option key={kit.id} value={`kit:${kit.id}`}>
                        {kit.title} ({kit.roleName})
                      </option>
                    ))}
                  </optgroup>
                ) : null}
              </select>
            )}
          </Field>
        )}
        <TextField
          label="Date and time"
          name="scheduledAt"
          type="datetime-local"
          hint={`In your time zone (${viewerTimeZone()}).`}
          value={values.scheduledAt}
          onChange={(event) => set('scheduledAt', event.target.value)}
          error={messageFor(problem, 'scheduledAt')}
        />
        <TextField
          label="Length (minutes)"
          name="durationMinutes"
          type="number"
          inputMode="numeric"
          min={5}
          max={480}
          step={5}
          hint="Empty: the kit’s length."
          value={values.durationMinutes}
          onChange={(event) => set('durationMinutes', event.target.value)}
          error={messageFor(problem, 'durationMinutes')}
        />
      </div>
      <InterviewerPicker
        scorers={scorers}
        selected={values.interviewerIds}
        onChange={(ids) => set('interviewerIds', ids)}
        locked={startedScoring}
        extra={formerScorers}
        error={messageFor(problem, 'interviewerIds')}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? 'Saving…' : rescheduling ? 'Save changes' : 'Schedule interview'}
        </button>
        {onCancel ? (
          <button type="button" className="button button--quiet" onClick={onCancel} disabled={saving}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
