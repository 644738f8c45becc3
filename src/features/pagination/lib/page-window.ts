export type PageItem = { kind: 'page'; page: number } | { kind: 'gap'; key: string };

/**
 * The page numbers to show for a list of `count` pages: the first and last, and `radius` either side of the
 * current one, with a gap where numbers are left out. 500 pages stay a short row of links.
 */
export function pageWindow(current: number, count: number, radius = 2): PageItem[] {
  if (count <= 1) return [];
  const shown = new Set<number>([1, count]);
  for (let page = current - radius; page <= current + radius; page++) if (page >= 1 && page <= count) shown.add(page);
  const items: PageItem[] = [];
  let previous = 0;
  for (const page of [...shown].sort((a, b) => a - b)) {
    // A gap of one number is shown as that number: "1 2 3", not "1 … 3".
    if (page - previous === 2) items.push({ kind: 'page', page: page - 1 });
    else if (page - previous > 2) items.push({ kind: 'gap', key: `gap-${previous}` });
    items.push({ kind: 'page', page });
    previous = page;
  }
  return items;
}
