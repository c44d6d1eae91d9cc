import { createContext, useContext } from 'react';
import type { ViewerFieldsFragment } from '../../../generated/graphql';

export type Viewer = ViewerFieldsFragment;

/** The signed-in person, provided by the route guard to every page inside the app shell. */
export const ViewerContext = createContext<Viewer | null>(null);

export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer() is only available inside <RequireViewer>.');
  return viewer;
}
