import { fromDateTimeLocal, toDateTimeLocal } from '../utils/interview-time';
import { checkSchedule, otherKits, parseSource, scheduleField, toPlan, valuesFromInterview } from '../utils/schedule-form';

const valid = { source: 'round:r-1', scheduledAt: '2026-11-10T14:00', durationMinutes: '45', interviewerIds: ['u-1'] };

describe('schedule form', () => {
  it('reads a datetime-local value as the viewer’s wall-clock time and back', () => {
    const iso = fromDateTimeLocal('2026-11-10T14:00');
    expect(iso).not.toBeNull();
    expect(new Date(iso ?? '').getHours()).toBe(14);
    expect(toDateTimeLocal(iso ?? '')).toBe('2026-11-10T14:00');
    expect(fromDateTimeLocal('next tuesday')).toBeNull();
  });

  it('checks the fields in the order of the form', () => {
    expect(checkSchedule({ ...valid, source: '' }, { needsSource: true })?.field).toBe('source');
    expect(checkSchedule({ ...valid, source: '' }, { needsSource: false })).toBeNull();
    expect(checkSchedule({ ...valid, scheduledAt: '' }, { needsSource: true })?.field).toBe('scheduledAt');
    expect(checkSchedule({ ...valid, durationMinutes: '4' }, { needsSource: true })?.message).toBe('An interview lasts 5 to 480 minutes.');
    expect(checkSchedule({ ...valid, durationMinutes: '' }, { needsSource: true })).toBeNull();
    expect(checkSchedule({ ...valid, interviewerIds: [] }, { needsSource: true })?.field).toBe('interviewerIds');
    expect(checkSchedule({ ...valid, interviewerIds: Array.from({ length: 9 }, (_, i) => `u-${i}`) }, { needsSource: true })?.message).toBe(
      'A panel has at most 8 interviewers.',
    );
  });

  it('sends a round or a kit, and leaves the length out when it is empty', () => {
    expect(parseSource('round:r-1')).toEqual({ roundId: 'r-1', kitId: null });
    expect(parseSource('kit:k-1')).toEqual({ roundId: null, kitId: 'k-1' });
    expect(toPlan({ ...valid, durationMinutes: '' })).toEqual({
      scheduledAt: fromDateTimeLocal(valid.scheduledAt),
      durationMinutes: null,
      interviewerIds: ['u-1'],
    });
  });

  it('starts a reschedule from the interview’s time, length and panel', () => {
    const values = valuesFromInterview({
      scheduledAt: '2026-11-10T13:00:00.000Z',
      durationMinutes: 30,
      panel: [{ interviewer: { userId: 'u-2' } }],
    });
    expect(values).toEqual({
      source: '',
      scheduledAt: toDateTimeLocal('2026-11-10T13:00:00.000Z'),
      durationMinutes: '30',
      interviewerIds: ['u-2'],
    });
  });

  it('shows the API’s field paths at the form’s own fields', () => {
    expect(scheduleField('interviewerIds.3')).toBe('interviewerIds');
    expect(scheduleField('roundId')).toBe('source');
    expect(scheduleField('kitId')).toBe('source');
    expect(scheduleField('scheduledAt')).toBe('scheduledAt');
    expect(scheduleField(null)).toBeNull();
  });

  it('offers as other kits only those no round of the job already uses', () => {
    const kits = [{ id: 'k-seed' }, { id: 'k-design' }, { id: 'k-culture' }];
    const rounds = [{ kit: { id: 'k-seed' } }, { kit: { id: 'k-design' } }];
    expect(otherKits(kits, rounds)).toEqual([{ id: 'k-culture' }]);
    expect(otherKits(kits, [])).toEqual(kits);
  });
});
