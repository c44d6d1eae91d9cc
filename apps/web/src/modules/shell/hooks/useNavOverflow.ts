import { useLayoutEffect, useState, type RefObject } from 'react';
import { visibleItemCount } from '../utils/nav-overflow';

/**
 * Measures a hidden copy of the navigation (one child per item, the "More" button last) against the
 * row's width and returns how many items show in the row; the rest go into the "More" menu.
 */
export function useNavOverflow(
  rowRef: RefObject<HTMLElement | null>,
  measureRef: RefObject<HTMLElement | null>,
  itemCount: number,
  alwaysMore: boolean,
): number {
  const [visible, setVisible] = useState(itemCount);

  useLayoutEffect(() => {
    const row = rowRef.current;
    const measure = measureRef.current;
    if (!row || !measure) return;
    const update = () => {
      const children = Array.from(measure.children) as HTMLElement[];
      const widths = children.slice(0, itemCount).map((child) => child.getBoundingClientRect().width);
      const moreWidth = children[itemCount]?.getBoundingClientRect().width ?? 0;
      // No layout (jsdom, or not rendered yet): show everything rather than hide it all.
      if (row.clientWidth === 0) return setVisible(itemCount);
      setVisible(visibleItemCount(widths, row.clientWidth, moreWidth, alwaysMore));
    };
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(update);
    observer.observe(row);
    observer.observe(measure);
    return () => observer.disconnect();
  }, [rowRef, measureRef, itemCount, alwaysMore]);

  return Math.min(visible, itemCount);
}
