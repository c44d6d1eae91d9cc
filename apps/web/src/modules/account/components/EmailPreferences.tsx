import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import {
  NotificationPreferencesDocument,
  SetNotificationPreferencesDocument,
  type NotificationPreferencesFieldsFragment,
} from '../../../generated/graphql';
import { describeError } from '../../errors';
import { Alert, CheckboxField, LoadingState } from '../../ui';

type Choice = 'scorecardReminders' | 'dailyDigest';

/** The person's own reminder and digest emails: each box saves as soon as it changes. */
export function EmailPreferences() {
  const { data, error, loading } = useQuery(NotificationPreferencesDocument);
  const [save, { loading: saving }] = useMutation(SetNotificationPreferencesDocument, {
    // The preferences have no id to merge by: the answer replaces what the query cached.
    update(cache, { data: saved }) {
      if (saved)
        cache.writeQuery({ query: NotificationPreferencesDocument, data: { notificationPreferences: saved.setNotificationPreferences } });
    },
  });
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);

  if (loading && !data) return <LoadingState label="Loading your email settings…" />;
  if (error || !data) return <Alert tone="error">{describeError(error).message}</Alert>;
  const preferences = data.notificationPreferences;

  async function toggle(choice: Choice, on: boolean, current: NotificationPreferencesFieldsFragment) {
    setNotice(null);
    try {
      await save({
        variables: { input: { scorecardReminders: current.scorecardReminders, dailyDigest: current.dailyDigest, [choice]: on } },
      });
      setNotice({ tone: 'success', text: 'Saved.' });
    } catch (caught) {
      setNotice({ tone: 'error', text: describeError(caught).message });
    }
  }

  return (
    <div className="stack email-preferences">
      {preferences.emailEnabled ? null : (
        <p className="muted small">
          This Panelist server does not send email yet (an admin sets SMTP_URL); your choices apply once it does.
        </p>
      )}
      <CheckboxField
        label="Scorecard reminders"
        hint="One email a day for each of your scorecards still not submitted after the interview."
        checked={preferences.scorecardReminders}
        disabled={saving}
        onChange={(event) => void toggle('scorecardReminders', event.target.checked, preferences)}
      />
      <CheckboxField
        label="Daily digest"
        hint="For recruiters and hiring managers: the scorecards outstanding for the jobs you run and the candidates you added, once a day."
        checked={preferences.dailyDigest}
        disabled={saving}
        onChange={(event) => void toggle('dailyDigest', event.target.checked, preferences)}
      />
      <div aria-live="polite" className="email-preferences__status">
        {notice ? <span className={notice.tone === 'error' ? 'field__error' : 'muted small'}>{notice.text}</span> : null}
      </div>
    </div>
  );
}
