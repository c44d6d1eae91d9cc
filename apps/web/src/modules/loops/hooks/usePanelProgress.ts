import { useSubscription } from '@apollo/client/react';
import { useState } from 'react';
import { PanelProgressDocument } from '../../../generated/graphql';
import { describeProgress } from '../utils/panel-status';

/**
 * Follows the loop's panel live. Each event is a PanelSeat whose id is the scorecard id, so Apollo's
 * cache updates the seat on the page by itself; this hook only keeps the sentence to announce.
 */
export function usePanelProgress(loopId: string) {
  const [announcement, setAnnouncement] = useState('');
  const { error } = useSubscription(PanelProgressDocument, {
    variables: { loopId },
    onData: ({ data }) => {
      const seat = data.data?.panelProgress;
      if (seat) setAnnouncement(describeProgress(seat));
    },
  });
  return { announcement, paused: Boolean(error) };
}
