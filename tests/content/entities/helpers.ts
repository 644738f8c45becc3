import type { Block } from '../../../src/shared/content-types';
import type { EntityInputArticle } from '../../../src/content/entities/build-entity-corpus';

export function articleOf(slug: string, paragraphs: string[], frontMatter: Record<string, unknown> = {}): EntityInputArticle {
  const blocks: Block[] = paragraphs.map((text) => ({ kind: 'paragraph', text }));
  return { slug, title: slug, blocks, frontMatter, file: `seeds/${slug}.txt` };
}
