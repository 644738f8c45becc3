import { memo, useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import type { ArticleBody } from '../../../shared/content-types';
import { articlePath } from '../../../shared/paths';
import type { SearchCatalog } from '../../../shared/search-catalog';
import type { ArticleTitle } from '../../../shared/search-titles';
import { formatDate } from '../../../shared/format-date';
import { findHighlights, makeSnippet } from '../lib/snippet';
import type { Snippet } from '../lib/snippet';
import { HighlightedText } from '../../../components/highlighted-text';

const BODY_SNIPPET_DELAY_MS = 300;

export type LoadBody = (slug: string) => Promise<ArticleBody | null>;

interface ResultItemProps {
  catalog: SearchCatalog;
  /** The article's position in the catalog. */
  id: number;
  title: ArticleTitle;
  /** Words to highlight, space-separated (a string, so an unchanged result is not rendered again). */
  terms: string;
  /** When given, a snippet comes from the article's text: the first paragraph with a match, or its opening. */
  loadBody?: LoadBody;
}

/** The article URL asks the page to highlight the matched words (see the article route). */
function resultPath(slug: string, terms: string): string {
  const path = articlePath(slug);
  return terms === '' ? path : `${path}?${new URLSearchParams({ highlight: terms }).toString()}`;
}

function bodySnippet(body: ArticleBody, terms: readonly string[]): Snippet | null {
  for (const block of body.blocks) {
    if (block.kind !== 'paragraph') continue;
    if (terms.length === 0) return makeSnippet(block.text, terms);
    if (findHighlights(block.text, terms).length > 0) return makeSnippet(block.text, terms);
  }
  return null;
}

/**
 * One result: the title with the matched words marked, its section, date and author, and a snippet from the
 * text once it has arrived. Memoised: changing a filter re-renders only the results that changed.
 */
export const ResultItem = memo(function ResultItem({ catalog, id, title: { title, slug }, terms, loadBody }: ResultItemProps) {
  const words = useMemo(() => (terms === '' ? [] : terms.split(' ')), [terms]);
  const [fromBody, setFromBody] = useState<{ key: string; snippet: Snippet | null } | null>(null);
  const key = `${slug}\n${terms}`;

  useEffect(() => {
    if (!loadBody) return;
    let live = true;
    // Only once typing or clicking pauses: each body is a request, and the results change with every letter.
    const timer = setTimeout(() => {
      loadBody(slug)
        .then((body) => {
          if (live) setFromBody({ key, snippet: body ? bodySnippet(body, words) : null });
        })
        .catch(() => undefined);
    }, BODY_SNIPPET_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // `key` covers slug and words.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loadBody, key]);

  const snippet = loadBody && fromBody?.key === key ? fromBody.snippet : null;
  const section = catalog.sections[catalog.section[id] ?? -1]?.name;
  const date = catalog.dates[id];
  const author = catalog.authors[catalog.author[id] ?? -1]?.name;
  return (
    <article className="result">
      <h3 className="result-title">
        <Link className="result-link" to={resultPath(slug, terms)}>
          <HighlightedText text={title} ranges={findHighlights(title, words)} />
        </Link>
      </h3>
      <p className="result-meta">
        {section ? <span>{section}</span> : null}
        {date ? <time dateTime={date}>{formatDate(date)}</time> : null}
        {author ? <bdi>{author}</bdi> : null}
      </p>
      {snippet?.text ? (
        <p className="result-snippet">
          <HighlightedText text={snippet.text} ranges={snippet.highlights} />
        </p>
      ) : null}
    </article>
  );
});
