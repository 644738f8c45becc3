import type { Mention } from '../../../shared/content-types';

export type TextSegment = { text: string; mention: null } | { text: string; mention: Mention };

/**
 * Cuts a block's text at its mentions so each can be rendered as a link while the rest stays a text node.
 * Mentions that overlap an earlier one or fall outside the text are ignored rather than garbling the prose.
 */
export function segmentText(text: string, mentions: readonly Mention[]): TextSegment[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const mention of sorted) {
    if (mention.start < cursor || mention.end > text.length || mention.end <= mention.start) continue;
    if (mention.start > cursor) segments.push({ text: text.slice(cursor, mention.start), mention: null });
    segments.push({ text: text.slice(mention.start, mention.end), mention });
    cursor = mention.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), mention: null });
  return segments;
}
