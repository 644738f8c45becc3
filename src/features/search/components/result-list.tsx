import { useEffect, useMemo, useRef, useState } from 'react';
import type { SearchCatalog } from '../../../shared/search-catalog';
import type { SearchHit } from '../lib/search';
import type { TitleStore } from '../lib/title-store';
import { useTitles } from '../use-titles';
import { ResultItem } from './result-item';
import type { LoadBody } from './result-item';

/** Results rendered at first and per step: 10,000 results are shown progressively, never all at once. */
const PAGE_SIZE = 40;
/** Body snippets are fetched for the first results only: each is a request. */
const BODY_SNIPPETS = 12;
/** Results whose titles are fetched as soon as they match (the rest wait for typing to pause): about a screenful. */
const URGENT_TITLES = 12;

interface ResultListProps {
  ids: readonly number[];
  catalog: SearchCatalog;
  titles: TitleStore;
  hits: ReadonlyMap<number, SearchHit>;
  /** Words as typed, highlighted when the index has not answered yet. */
  queryWords: readonly string[];
  loadBody?: LoadBody;
  listRef?: React.RefObject<HTMLOListElement | null>;
}

function moveFocus(list: HTMLOListElement, from: Element | null, step: 1 | -1): boolean {
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a.result-link')];
  const at = from instanceof HTMLAnchorElement ? links.indexOf(from) : -1;
  const next = links[at + step];
  if (next) {
    next.focus();
    return true;
  }
  if (step === -1 && at === 0) {
    document.getElementById('site-search')?.focus();
    return true;
  }
  return false;
}

export function ResultList({ ids, catalog, titles, hits, queryWords, loadBody, listRef }: ResultListProps) {
  const [shown, setShown] = useState(PAGE_SIZE);
  const [seen, setSeen] = useState(ids);
  if (seen !== ids) {
    setSeen(ids);
    setShown(PAGE_SIZE);
  }
  const sentinel = useRef<HTMLDivElement>(null);
  const more = ids.length > shown;
  const wanted = useMemo(() => ids.slice(0, shown), [ids, shown]);
  // Results appear in order as their titles arrive (usually all at once, a moment after the count).
  let ready = 0;
  while (ready < wanted.length && titles.get(wanted[ready]!)) ready++;
  useTitles(titles, wanted, URGENT_TITLES, ready === wanted.length);

  useEffect(() => {
    const node = sentinel.current;
    if (!node || !more || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setShown((n) => n + PAGE_SIZE);
    }, { rootMargin: '600px' });
    observer.observe(node);
    return () => observer.disconnect();
  }, [more, shown]);

  if (ids.length === 0) return <p className="empty-state">No articles match. Try fewer words or remove a filter.</p>;
  return (
    <>
      <ol
        ref={listRef}
        className="result-list"
        aria-label="Results"
        onKeyDown={(event) => {
          if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
          if (moveFocus(event.currentTarget, document.activeElement, event.key === 'ArrowDown' ? 1 : -1)) event.preventDefault();
        }}
      >
        {wanted.slice(0, ready).map((id, rank) => (
          <li key={id}>
            <ResultItem catalog={catalog} id={id} title={titles.get(id)!} terms={(hits.get(id)?.terms ?? queryWords).join(' ')} loadBody={rank < BODY_SNIPPETS ? loadBody : undefined} />
          </li>
        ))}
      </ol>
      {more ? (
        <div ref={sentinel} className="result-more">
          <button type="button" onClick={() => setShown((n) => n + PAGE_SIZE)}>
            Show more results ({ids.length - shown} left)
          </button>
        </div>
      ) : null}
    </>
  );
}
