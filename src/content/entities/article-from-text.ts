import { parseArticle } from '../parse/parse-article';
import { DEFAULT_SECTION_WORDS } from '../section-words';
import type { EntityInputArticle } from './build-entity-corpus';

/** Parses seed-format text (title, byline, paragraphs) with the site's own parser, for tools and tests. */
export function articleFromText(id: string, text: string): EntityInputArticle {
  const file = `${id}.txt`;
  const { article } = parseArticle({ file, bytes: new TextEncoder().encode(text) }, { sectionWords: DEFAULT_SECTION_WORDS });
  if (article) return { slug: id, title: article.title, blocks: article.blocks, frontMatter: article.frontMatter, file };
  // The parser refused it (e.g. empty): fall back to blank-line paragraphs so tools still run.
  const [title = '', ...rest] = text.split(/\n\s*\n/);
  return { slug: id, title: title.trim(), blocks: rest.filter((p) => p.trim() !== '').map((p) => ({ kind: 'paragraph', text: p.trim() })), frontMatter: {}, file };
}
