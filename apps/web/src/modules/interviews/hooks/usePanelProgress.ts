import { useSubscription } from '@apollo/client/react';
import { useState } from 'react';
import { InterviewLoopDocument, PanelProgressDocument } from '../../../generated/graphql';
import { describeProgress } from '../utils/panel-status';

/**
 * Follows the loop's panel live. Each event is a PanelSeat whose id is the scorecard id, so Apollo's
 * cache updates a seat the page shows by itself; a seat it does not know yet (a colleague scheduled
 * an interview) reloads the loop. The hook also keeps the sentence to announce.
 */
export function usePanelProgress(loopId: string) {
  const [announcement, setAnnouncement] = useState('');
  const { error } = useSubscription(PanelProgressDocument, {
    variables: { loopId },
    onData: ({ client, data }) => {
      const seat = data.data?.panelProgress;
      if (!seat) return;
      const cacheId = client.cache.identify({ __typename: 'PanelSeat', id: seat.id });
      const known = cacheId ? Object.prototype.hasOwnProperty.call(client.cache.extract(), cacheId) : false;
      if (!known || seat.status === 'PENDING') {
        void client.refetchQueries({ include: [InterviewLoopDocument] });
        if (seat.status === 'PENDING') return;
      }
      setAnnouncement(describeProgress(seat));
    },
  });
  return { announcement, paused: Boolean(error) };
}
