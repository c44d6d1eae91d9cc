import { LoadingState } from '../modules/ui';

/**
 * Stands in for a page while its code loads on the first visit. Inside the shell it fills the
 * outlet, so the navigation stays visible; `centered` is for the print views, which have no shell.
 */
export function PageLoading({ centered = false }: { centered?: boolean }) {
  return (
    <div className={centered ? 'page-center' : 'page'}>
      <LoadingState />
    </div>
  );
}
