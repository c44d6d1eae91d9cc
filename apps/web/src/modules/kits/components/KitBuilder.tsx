import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { KitDocument, type KitFieldsFragment } from '../../../generated/graphql';
import { LoadingState } from '../../ui';
import { draftFromKit, emptyDraft, type KitDraft } from '../utils/kit-draft';
import { KitEditor } from './KitEditor';
import { KitNotFound } from './KitNotFound';
import '../kits.css';

interface Opened {
  kitId: string | null;
  draft: KitDraft;
  version: number | null;
}

/**
 * Loads the kit (or starts a new one) and opens the editor on it. The editor keeps its state when a
 * new kit's first save gives it an id and the route changes to it.
 */
export function KitBuilder({ routeId, onCreated }: { routeId: string; onCreated: (id: string) => void }) {
  const isNew = routeId === 'new';
  const kitQuery = useQuery(KitDocument, { variables: { id: routeId }, skip: isNew, fetchPolicy: 'cache-and-network' });
  const [opened, setOpened] = useState<Opened | null>(isNew ? { kitId: null, draft: emptyDraft(), version: null } : null);

  const loaded = kitQuery.data?.kit;
  if (loaded && opened === null) {
    // The kit arrived: start editing from it (React's "adjust state while rendering" pattern).
    setOpened({ kitId: loaded.id, draft: draftFromKit(loaded), version: loaded.version });
  }

  if (!opened) {
    if (kitQuery.loading || !kitQuery.error) return <LoadingState label="Loading the kit…" />;
    return <KitNotFound error={kitQuery.error} />;
  }

  return (
    <KitEditor
      kitId={opened.kitId}
      initial={opened.draft}
      version={opened.version}
      deletable={loaded?.deletable ?? false}
      onCreated={(kit: KitFieldsFragment) => onCreated(kit.id)}
    />
  );
}
