import { stepIndex } from './shortcuts';

/** What j/k step through: the cards of any article list (home, sections, entity pages, search results). */
const LIST_ITEMS = 'main article:not(.article), main [data-keyboard-item]';

/**
 * Moves focus to the next or previous list item's link; on an article, follows its next/previous link instead.
 * Returns what happened so the caller can announce or ignore it.
 */
export function moveThroughPage(doc: Document, direction: 1 | -1): 'moved' | 'navigated' | 'none' {
  const pager = doc.querySelector<HTMLAnchorElement>(direction === 1 ? 'main a[rel="next"]' : 'main a[rel="prev"]');
  if (doc.querySelector('main article.article')) {
    if (!pager) return 'none';
    pager.click();
    return 'navigated';
  }
  const items = [...doc.querySelectorAll<HTMLElement>(LIST_ITEMS)].filter((item) => item.querySelector('a[href]'));
  if (items.length === 0) return 'none';
  const active = doc.activeElement;
  const current = items.findIndex((item) => active !== null && item.contains(active));
  const target = items[stepIndex(current, items.length, direction)]?.querySelector<HTMLElement>('a[href]');
  if (!target) return 'none';
  target.focus();
  target.scrollIntoView?.({ block: 'nearest' });
  return 'moved';
}
