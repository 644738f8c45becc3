import type { Block } from '../../../src/shared/content-types';
import { buildEntityCorpus, type EntityInputArticle } from '../../../src/content/entities/build-entity-corpus';
import { EMPTY_CURATION } from '../../../src/content/entities/curation';

export function articleOf(slug: string, paragraphs: string[], frontMatter: Record<string, unknown> = {}): EntityInputArticle {
  const blocks: Block[] = paragraphs.map((text) => ({ kind: 'paragraph', text }));
  return { slug, title: slug, blocks, frontMatter, file: `seeds/${slug}.txt` };
}

/** The names one article's paragraphs yield, each with its type (topics left out). */
export function typed(...paragraphs: string[]): Record<string, string> {
  const corpus = buildEntityCorpus([articleOf('a', paragraphs)], EMPTY_CURATION);
  return Object.fromEntries((corpus.perArticle.get('a')?.entities ?? []).filter((e) => e.type !== 'topic').map((e) => [e.name, e.type]));
}
