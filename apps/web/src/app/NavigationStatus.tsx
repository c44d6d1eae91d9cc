import { useNavigation } from 'react-router';

/**
 * Announces that the next page is on its way. The current page stays on screen while a page's code
 * loads for the first time, so without this a screen reader would hear nothing after a click.
 */
export function NavigationStatus() {
  const navigation = useNavigation();
  return (
    <p className="visually-hidden" role="status" aria-live="polite">
      {navigation.state === 'idle' ? '' : 'Loading…'}
    </p>
  );
}
