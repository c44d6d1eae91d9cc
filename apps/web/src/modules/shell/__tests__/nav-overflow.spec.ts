import { visibleItemCount } from '../utils/nav-overflow';

describe('visibleItemCount', () => {
  const widths = [60, 110, 50, 50, 80];

  it('shows every item, with no More button, when they all fit', () => {
    expect(visibleItemCount(widths, 350, 70)).toBe(5);
  });

  it('keeps room for the More button once something overflows', () => {
    // 350 px minus the 70 px button leaves 280: Home, My interviews, Bank, Kits (270) fit; Analytics does not.
    expect(visibleItemCount(widths, 349, 70)).toBe(4);
    expect(visibleItemCount(widths, 240, 70)).toBe(2);
  });

  it('reserves the button even when everything would fit, if More must show (the account on a phone)', () => {
    expect(visibleItemCount(widths, 350, 70, true)).toBe(4);
  });

  it('shows nothing but More when even the first item does not fit', () => {
    expect(visibleItemCount(widths, 100, 70)).toBe(0);
  });
});
