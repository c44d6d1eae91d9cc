/**
 * How many navigation items, laid out in order, fit in a row of `available` pixels. When some do not
 * fit (or a "More" menu is shown anyway, `alwaysMore`), the row also keeps room for that button.
 */
export function visibleItemCount(widths: readonly number[], available: number, moreWidth: number, alwaysMore = false): number {
  const total = widths.reduce((sum, width) => sum + width, 0);
  if (!alwaysMore && total <= available) return widths.length;
  const budget = available - moreWidth;
  let used = 0;
  let count = 0;
  for (const width of widths) {
    if (used + width > budget) break;
    used += width;
    count++;
  }
  return count;
}
