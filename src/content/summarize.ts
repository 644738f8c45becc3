import type { Block } from '../shared/content-types';

const MAX_SUMMARY = 220;

/**
 * The opening sentences of the first paragraph, whole sentences only, so a list entry
 * reads as prose rather than a truncated fragment. A single long sentence is cut at a word.
 */
export function summarize(blocks: readonly Block[]): string {
  const first = blocks.find((block) => block.kind === 'paragraph');
  if (!first) return '';
  const text = first.text.replace(/\s+/g, ' ').trim();
  if (text.length <= MAX_SUMMARY) return text;
  const sentences = text.match(/[^.!?]+[.!?]+["”’)]*\s*/g) ?? [];
  let summary = '';
  for (const sentence of sentences) {
    if ((summary + sentence).trim().length > MAX_SUMMARY) break;
    summary += sentence;
  }
  if (summary.trim()) return summary.trim();
  const cut = text.slice(0, MAX_SUMMARY);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : MAX_SUMMARY).trimEnd()}…`;
}
