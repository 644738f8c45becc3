import type { ArticleBody } from '../../shared/content-types';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

/** An article's full text as the HTML feed readers show: subheadings and paragraphs, every character escaped. */
export function articleHtml(body: ArticleBody): string {
  return body.blocks.map((block) => (block.kind === 'heading' ? `<h2>${escapeHtml(block.text)}</h2>` : `<p>${escapeHtml(block.text)}</p>`)).join('\n');
}
