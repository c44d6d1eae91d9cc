import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import {
  EndOtherSessionsDocument,
  EndSessionDocument,
  MySessionsDocument,
  type AccountSessionFieldsFragment,
} from '../../../generated/graphql';
import { describeError } from '../../errors';
import { Alert, LoadingState, formatDateTime } from '../../ui';
import { describeUserAgent } from '../utils/describe-user-agent';

interface Notice {
  tone: 'success' | 'error';
  text: string;
}

/** This device first, then the most recent sign-ins. */
function inDisplayOrder(sessions: readonly AccountSessionFieldsFragment[]): AccountSessionFieldsFragment[] {
  return [...sessions].sort((a, b) => Number(b.current) - Number(a.current) || b.createdAt.localeCompare(a.createdAt));
}

/** Every browser or device signed in to the account, with a way to end any of them but this one. */
export function SessionsList() {
  const { data, error, loading, refetch } = useQuery(MySessionsDocument, { fetchPolicy: 'cache-and-network' });
  const [endSession] = useMutation(EndSessionDocument);
  const [endOthers, { loading: endingOthers }] = useMutation(EndOtherSessionsDocument);
  const [ending, setEnding] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  async function end(session: AccountSessionFieldsFragment) {
    setEnding(session.id);
    try {
      await endSession({ variables: { sessionId: session.id } });
      setNotice({ tone: 'success', text: `Signed out ${describeUserAgent(session.userAgent)}.` });
    } catch (caught) {
      setNotice({ tone: 'error', text: describeError(caught).message });
    } finally {
      setEnding(null);
    }
    await refetch().catch(() => undefined);
  }

  async function endAllOthers() {
    try {
      const { data: ended } = await endOthers();
      const count = ended?.endOtherSessions ?? 0;
      setNotice({
        tone: 'success',
        text: count === 0 ? 'No other sessions were signed in.' : `Signed out ${count} other ${count === 1 ? 'session' : 'sessions'}.`,
      });
    } catch (caught) {
      setNotice({ tone: 'error', text: describeError(caught).message });
    }
    await refetch().catch(() => undefined);
  }

  const sessions = inDisplayOrder(data?.mySessions ?? []);
  const others = sessions.filter((session) => !session.current).length;
  return (
    <>
      <div className="notice-region" aria-live="polite" aria-atomic="true">
        {notice ? <div className={`alert alert--${notice.tone}`}>{notice.text}</div> : null}
      </div>
      {error && !data ? (
        <Alert tone="error">{describeError(error).message}</Alert>
      ) : loading && !data ? (
        <LoadingState label="Loading your sessions…" />
      ) : (
        <>
          <div className="table-wrap">
            <table className="table table--sessions">
              <caption className="visually-hidden">Devices signed in to your account</caption>
              <thead>
                <tr>
                  <th scope="col">Device</th>
                  <th scope="col">IP address</th>
                  <th scope="col">Signed in</th>
                  <th scope="col">Expires</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {sessions.map((session) => {
                  const device = describeUserAgent(session.userAgent);
                  return (
                    <tr key={session.id}>
                      <th scope="row" data-label="Device">
                        <span title={session.userAgent ?? undefined}>{device}</span>
                        {session.current ? <span className="tag">This device</span> : null}
                        {session.singleSignOn ? <span className="tag tag--neutral">Single sign-on</span> : null}
                      </th>
                      <td data-label="IP address" className="cell-mono">
                        {session.ipAddress ?? 'Unknown'}
                      </td>
                      <td data-label="Signed in">{formatDateTime(session.createdAt)}</td>
                      <td data-label="Expires">{formatDateTime(session.expiresAt)}</td>
                      <td className="cell-actions">
                        {session.current ? (
                          <span className="muted small">Current session</span>
                        ) : (
                          <button
                            type="button"
                            className="button button--small button--quiet-danger"
                            disabled={ending === session.id}
                            onClick={() => void end(session)}
                          >
                            {ending === session.id ? 'Signing out…' : 'Sign out'}
                            <span className="visually-hidden">
                              {' '}
                              {device}, signed in {formatDateTime(session.createdAt)}
                            </span>
                          </button>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <div className="card__footer">
            <button type="button" className="button" disabled={others === 0 || endingOthers} onClick={() => void endAllOthers()}>
              {endingOthers ? 'Signing out…' : 'Sign out all other sessions'}
            </button>
            {others === 0 ? <span className="muted small">Only this device is signed in.</span> : null}
          </div>
        </>
      )}
    </>
  );
}
