import { useState } from 'react';
import { Navigate, useParams } from 'react-router';
import { useViewer } from '../../modules/auth';
import { KitBuilder } from '../../modules/kits';
import { canEditBank } from '../../modules/questions';
import '../../modules/kits/kits.css';

/** /kits/new and /kits/:id. Readers are sent to the preview; a new kit keeps its state when its first save gives it an id. */
export function KitBuilderPage() {
  const { id = 'new' } = useParams();
  const viewer = useViewer();
  const [aliases] = useState(() => new Map<string, string>());
  if (!canEditBank(viewer.role)) return <Navigate to={id === 'new' ? '/kits' : `/kits/${id}/preview`} replace />;
  const key = aliases.get(id) ?? id;
  return <KitBuilder key={key} routeId={id} onCreated={(created) => aliases.set(created, key)} />;
}
