import type { ReactNode } from 'react';

/** Ranges [start, end) of a text, in UTF-16 offsets. */
export type TextRange = readonly [start: number, end: number];

/**
 * Text with the given ranges wrapped in <mark>; everything stays a React text node. Shared by search results
 * (matched words in titles and snippets) and the article text (the words a reader searched for).
 */
export function HighlightedText({ text, ranges }: { text: string; ranges: readonly TextRange[] }) {
  if (ranges.length === 0) return <>{text}</>;
  const parts: ReactNode[] = [];
  let at = 0;
  ranges.forEach(([start, end], i) => {
    if (start < at) return;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={i}>{text.slice(start, end)}</mark>);
    at = end;
  });
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
