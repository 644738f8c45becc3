import { describe, expect, it } from 'vitest';
import { pageWindow } from '../../../../src/features/pagination/lib/page-window';

const show = (current: number, count: number) => pageWindow(current, count).map((item) => (item.kind === 'gap' ? '…' : item.page));

describe('pageWindow', () => {
  it('shows nothing for a single page, and every page of a short list', () => {
    expect(show(1, 1)).toEqual([]);
    expect(show(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps first, last and two either side of the current page, with gaps between', () => {
    expect(show(1, 500)).toEqual([1, 2, 3, '…', 500]);
    expect(show(250, 500)).toEqual([1, '…', 248, 249, 250, 251, 252, '…', 500]);
    expect(show(500, 500)).toEqual([1, '…', 498, 499, 500]);
  });

  it('shows a single left-out number instead of a gap', () => {
    expect(show(5, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
