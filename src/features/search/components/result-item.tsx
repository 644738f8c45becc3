import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import type { ArticleBody, ArticleMeta } from '../../../shared/content-types';
import { articlePath } from '../../../shared/paths';
import { findHighlights, makeSnippet } from '../lib/snippet';
import type { Snippet } from '../lib/snippet';
import { HighlightedText } from './highlighted-text';

const BODY_SNIPPET_DELAY_MS = 300;

export type LoadBody = (slug: string) => Promise<ArticleBody | null>;

interface ResultItemProps {
  article: ArticleMeta;
  terms: readonly string[];
  /** When given, the snippet comes from the first paragraph that contains a match. */
  loadBody?: LoadBody;
}

/** The article URL asks the page to highlight the matched words (see the article route). */
function resultPath(slug: string, terms: readonly string[]): string {
  const path = articlePath(slug);
  return terms.length === 0 ? path : `${path}?${new URLSearchParams({ highlight: terms.join(' ') }).toString()}`;
}

function bodySnippet(body: ArticleBody, terms: readonly string[]): Snippet | null {
  for (const block of body.blocks) {
    if (block.kind === 'paragraph' && findHighlights(block.text, terms).length > 0) return makeSnippet(block.text, terms);
  }
  return null;
}

export function ResultItem({ article, terms, loadBody }: ResultItemProps) {
  const [fromBody, setFromBody] = useState<{ key: string; snippet: Snippet | null } | null>(null);
  const key = `${article.slug}\n${terms.join(' ')}`;
  const summary = makeSnippet(article.summary, terms);
  const needsBody = loadBody !== undefined && terms.length > 0 && summary.highlights.length === 0;

  useEffect(() => {
    if (!needsBody) return;
    let live = true;
    // Only once typing pauses: each body is a request, and the results change with every letter.
    const timer = setTimeout(() => {
      loadBody(article.slug)
        .then((body) => {
          if (live) setFromBody({ key, snippet: body ? bodySnippet(body, terms) : null });
        })
        .catch(() => undefined);
    }, BODY_SNIPPET_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // `key` covers slug and terms.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [needsBody, key]);

  const snippet = needsBody && fromBody?.key === key && fromBody.snippet ? fromBody.snippet : summary;
  return (
    <article className="result">
      <h3 className="result-title">
        <Link className="result-link" to={resultPath(article.slug, terms)}>
          <HighlightedText text={article.title} ranges={findHighlights(article.title, terms)} />
        </Link>
      </h3>
      <p className="result-meta">
        {[article.section, article.date, article.author].filter((x): x is string => x !== null && x !== '').join(' · ')}
      </p>
      {snippet.text ? (
        <p className="result-snippet">
          <HighlightedText text={snippet.text} ranges={snippet.highlights} />
        </p>
      ) : null}
    </article>
  );
}
