import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/content/build-corpus';
import { resolveContentConfig } from '../../../src/content/config';
import { buildSiteData } from '../../../src/content/pages/site-data';
import { dataKeys, parsePageParam, shardCount, shardOf } from '../../../src/shared/data-keys';
import type { ArticlePageData, EntityIndexData, EntityPageData, ListPageData } from '../../../src/shared/page-data';
import { decodeSearchCatalog } from '../../../src/shared/search-catalog';
import { decodeTitleBlock, encodeTitleBlocks, TITLE_BLOCK_SIZE } from '../../../src/shared/search-titles';

const corpus = buildCorpus(resolveContentConfig(path.resolve('.'), { seedsDir: 'tests/app/fixtures/seeds' }, {}));
const site = buildSiteData(corpus, 2);
const item = <T>(key: string) => site.items.get(key)?.() as T | undefined;

describe('site data', () => {
  it('pages the home list and each section, newest first, with summaries but no entities or source files', () => {
    const pages = [1, 2, 3].map((page) => item<ListPageData>(dataKeys.list(null, page))!);
    expect(pages.map((page) => page.articles.map((article) => article.slug))).toEqual([
      ['fishing-quotas-agreed-for-the-spring-season', 'ferry-service-returns-to-the-northern-harbour'],
      ['harbour-reopens-after-storm-repairs', 'council-approves-budget-after-long-debate'],
      ['a-note-from-the-editors'],
    ]);
    expect(pages[0]).toMatchObject({ page: 1, pageCount: 3, pageSize: 2, total: 5 });
    expect(item(dataKeys.list(null, 4))).toBeUndefined();
    expect(pages[1]!.articles[0]!.summary).toMatch(/^The northern harbour reopened/);
    expect(pages[1]!.articles[0]).not.toHaveProperty('entities');
    expect(pages[1]!.articles[0]).not.toHaveProperty('source');
    expect(item<ListPageData>(dataKeys.list('news', 2))!.articles.map((article) => article.slug)).toEqual(['harbour-reopens-after-storm-repairs']);
    expect(site.paths).toMatchObject({ homePages: 3, sections: expect.arrayContaining([{ slug: 'news', pages: 2 }, { slug: 'politics', pages: 1 }]) });
  });

  it('gives each article its body, its neighbours in list order and related articles ranked at build time', () => {
    const page = item<ArticlePageData>(dataKeys.article('harbour-reopens-after-storm-repairs'))!;
    expect(page.article.title).toBe('Harbour Reopens After Storm Repairs');
    expect(page.body.blocks.some((block) => block.text.includes('drainage channels'))).toBe(true);
    expect(page.previous).toEqual({ slug: 'ferry-service-returns-to-the-northern-harbour', title: 'Ferry Service Returns To The Northern Harbour' });
    expect(page.next).toEqual({ slug: 'council-approves-budget-after-long-debate', title: 'Council Approves Budget After Long Debate' });
    expect(page.related.map((related) => related.slug)).toEqual(expect.arrayContaining(['ferry-service-returns-to-the-northern-harbour']));
    expect(page.related.every((related) => related.shared.length > 0 && related.slug !== page.article.slug)).toBe(true);
    expect(item<ArticlePageData>(dataKeys.article('fishing-quotas-agreed-for-the-spring-season'))!.previous).toBeNull();
  });

  it('pages an entity’s articles by mentions, with totals over every page and its co-occurring people and topics', () => {
    const first = item<EntityPageData>(dataKeys.entity('person', 'tomas-lind', 1))!;
    const second = item<EntityPageData>(dataKeys.entity('person', 'tomas-lind', 2))!;
    expect(first).toMatchObject({ page: 1, pageCount: 2, total: 3, mentionTotal: 4 });
    expect([...first.articles, ...second.articles].map(({ article, mentions }) => [article.slug, mentions])).toEqual([
      ['ferry-service-returns-to-the-northern-harbour', 2],
      ['fishing-quotas-agreed-for-the-spring-season', 1],
      ['harbour-reopens-after-storm-repairs', 1],
    ]);
    expect(Object.fromEntries(first.related)).toEqual({
      person: [{ type: 'person', slug: 'ingrid-dahl', name: 'Ingrid Dahl', articles: 2 }],
      topic: [
        { type: 'topic', slug: 'fishing', name: 'Fishing', articles: 2 },
        { type: 'topic', slug: 'sea-wall', name: 'Sea wall', articles: 2 },
      ],
    });
    expect(item<EntityIndexData>(dataKeys.entityIndex('place'))!.entities.map((entity) => entity.name)).toEqual(['Sandøy', 'Vika']);
  });

  it('keeps the first-load index to site-wide counts', () => {
    expect(site.index).toEqual({
      siteName: 'Newsreader',
      articleCount: 5,
      sections: corpus.index.sections,
      entityCounts: { person: 2, place: 2, organization: 0, topic: 2 },
    });
  });

  it('writes a slug only when the title does not give it', () => {
    const renamed = { ...corpus.index.articles[0]!, slug: 'chosen-in-front-matter' };
    const [block] = encodeTitleBlocks([renamed, corpus.index.articles[1]!]);
    expect(block!.slugs).toEqual(['chosen-in-front-matter', '']);
    expect(decodeTitleBlock(JSON.parse(JSON.stringify(block)), 0, 2)?.map((t) => t.slug)).toEqual(['chosen-in-front-matter', corpus.index.articles[1]!.slug]);
  });

  it('writes the titles in blocks of consecutive articles, each read only for the corpus it was made for', () => {
    const many = Array.from({ length: TITLE_BLOCK_SIZE * 2 + 3 }, (_, i) => ({ title: `Story number ${i}`, slug: `story-number-${i}` }));
    const blocks = encodeTitleBlocks(many);
    expect(blocks.map((b) => b.titles.length)).toEqual([TITLE_BLOCK_SIZE, TITLE_BLOCK_SIZE, 3]);
    const read = blocks.flatMap((b, i) => decodeTitleBlock(JSON.parse(JSON.stringify(b)), i, many.length) ?? []);
    expect(read).toEqual(many);
    expect(decodeTitleBlock(blocks[2], 2, many.length + 1)).toBeNull();
    expect(decodeTitleBlock({ titles: ['x'] }, 0, 1)).toBeNull();
    const titles = site.titleBlocks().flatMap((b, i) => decodeTitleBlock(b, i, corpus.index.articles.length) ?? []);
    expect(titles).toEqual(corpus.index.articles.map(({ title, slug }) => ({ title, slug })));
  });

  it('writes a search catalog that decodes to every article’s date, section, author and entities, without titles', () => {
    const catalog = decodeSearchCatalog(JSON.parse(JSON.stringify(site.catalog())))!;
    expect(catalog.size).toBe(5);
    expect(JSON.stringify(site.catalog())).not.toContain(corpus.index.articles[0]!.title);
    corpus.index.articles.forEach((meta, i) => {
      expect(catalog.dates[i]).toBe(meta.date);
      expect(catalog.sections[catalog.section[i]!]).toEqual({ slug: meta.sectionSlug, name: meta.section });
      expect(catalog.authors[catalog.author[i]!]?.name ?? null).toBe(meta.author);
      // Order within an article carries no meaning for filtering or search: the catalog keeps them by number.
      expect([...catalog.articleEntities[i]!].map((e) => catalog.entities[e]!.slug).sort()).toEqual(meta.entities.map((entity) => entity.slug).sort());
    });
    expect(JSON.stringify(site.catalog())).not.toContain(corpus.index.articles[0]!.summary.slice(0, 40));
    expect(decodeSearchCatalog({ ...site.catalog(), version: 0 })).toBeNull();
  });
});

describe('data keys', () => {
  it('spread keys over every shard, the same way on every run', () => {
    const keys = Array.from({ length: 2000 }, (_, i) => dataKeys.article(`article-${i}`));
    const shards = shardCount(keys.length);
    expect(shards).toBe(10);
    const sizes = new Map<number, number>();
    for (const key of keys) sizes.set(shardOf(key, shards), (sizes.get(shardOf(key, shards)) ?? 0) + 1);
    expect(sizes.size).toBe(shards);
    expect(Math.max(...sizes.values())).toBeLessThan(300);
    expect(shardOf('article/harbour', shards)).toBe(shardOf('article/harbour', shards));
    expect(shardCount(0)).toBe(1);
  });

  it('read only canonical page numbers of 2 and more', () => {
    expect([undefined, '2', '17'].map(parsePageParam)).toEqual([1, 2, 17]);
    expect(['1', '0', '02', '-3', 'x', '2.5', '9999999'].map(parsePageParam)).toEqual([null, null, null, null, null, null, null]);
  });
});
