import { useEffect, useMemo } from 'react';
import { findHighlights } from './lib/snippet';

/**
 * For an article opened from search results: a function giving the ranges of the matched words
 * in a text, and a scroll to the first marked word once the text is shown.
 */
export function useSearchHighlight(words: string | null, slug: string): ((text: string) => [number, number][]) | undefined {
  const terms = useMemo(() => (words ?? '').split(/\s+/).filter((w) => w !== '').slice(0, 20), [words]);
  const key = terms.join(' ');
  useEffect(() => {
    if (key === '') return;
    // After the route's own scroll and focus handling, which run in this same commit.
    const frame = requestAnimationFrame(() => {
      document.querySelector('.article-text mark')?.scrollIntoView({ block: 'center' });
    });
    return () => cancelAnimationFrame(frame);
  }, [key, slug]);
  return useMemo(() => (terms.length === 0 ? undefined : (text: string) => findHighlights(text, terms)), [terms]);
}
