import type { ArticleBody, ArticleEntity, ArticleMeta, Block } from '../../../../src/shared/content-types';
import { decodeSearchCatalog, encodeSearchCatalog, type SearchCatalog } from '../../../../src/shared/search-catalog';

export interface ArticleSpec {
  title: string;
  date?: string | null;
  section?: string;
  author?: string | null;
  summary?: string;
  people?: string[];
  topics?: string[];
  places?: string[];
  organizations?: string[];
  paragraphs?: string[];
  headings?: string[];
}

function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function makeArticle(spec: ArticleSpec): { meta: ArticleMeta; body: ArticleBody } {
  const entities: ArticleEntity[] = [
    ...(spec.people ?? []).map((name) => ({ type: 'person' as const, slug: slugOf(name), name, count: 1 })),
    ...(spec.topics ?? []).map((name) => ({ type: 'topic' as const, slug: slugOf(name), name, count: 1 })),
    ...(spec.places ?? []).map((name) => ({ type: 'place' as const, slug: slugOf(name), name, count: 1 })),
    ...(spec.organizations ?? []).map((name) => ({ type: 'organization' as const, slug: slugOf(name), name, count: 1 })),
  ];
  const blocks: Block[] = [
    ...(spec.headings ?? []).map((text, i) => ({ kind: 'heading' as const, id: `h${i}`, text })),
    ...(spec.paragraphs ?? []).map((text) => ({ kind: 'paragraph' as const, text })),
  ];
  const section = spec.section ?? 'World';
  const slug = slugOf(spec.title);
  return {
    meta: {
      slug,
      title: spec.title,
      author: spec.author === undefined ? null : spec.author,
      section,
      sectionSlug: slugOf(section),
      date: spec.date === undefined ? null : spec.date,
      summary: spec.summary ?? '',
      wordCount: 100,
      source: `${slug}.txt`,
      entities,
    },
    body: { slug, blocks, mentions: [] },
  };
}

/** The search page's catalog of these articles, through the same encoding the build writes. */
export function catalogOf(metas: readonly ArticleMeta[]): SearchCatalog {
  const catalog = decodeSearchCatalog(JSON.parse(JSON.stringify(encodeSearchCatalog(metas))));
  if (!catalog) throw new Error('catalog did not round-trip');
  return catalog;
}
