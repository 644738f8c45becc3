import { describe, expect, it } from 'vitest';
import type { ArticleMeta } from '../../src/shared/content-types';
import { decodeSearchCatalog, encodeSearchCatalog } from '../../src/shared/search-catalog';
import { makeArticle } from '../features/search/lib/make-article';

const metas: ArticleMeta[] = [
  makeArticle({ title: 'One', people: ['Fuad Muxtarlı', 'Ilham Aliyev'], places: ['Baku'], topics: ['Energy'] }).meta,
  makeArticle({ title: 'Two', people: ['Ilham Aliyev'], organizations: ['OSCE'] }).meta,
  makeArticle({ title: 'Three' }).meta,
  makeArticle({ title: 'Four', people: ['Ilham Aliyev', 'Nikol Pashinyan'], places: ['Baku', 'Moscow'] }).meta,
];
// A slug an editor chose, not the one the name gives; and an entity listed twice in one article.
metas[1]!.entities.push({ type: 'topic', slug: 'oil-and-gas', name: 'Oil & gas', count: 1 });
metas[3]!.entities.push({ ...metas[3]!.entities[0]! });

const roundTrip = (data: unknown) => decodeSearchCatalog(JSON.parse(JSON.stringify(data)));

describe('search catalog', () => {
  it('round-trips every article’s entities through the per-entity lists', () => {
    const catalog = roundTrip(encodeSearchCatalog(metas))!;
    metas.forEach((meta, i) => {
      const ids = [...catalog.articleEntities[i]!];
      expect(ids).toEqual([...ids].sort((a, b) => a - b));
      const got = ids.map((e) => catalog.entities[e]!).map((e) => `${e.type}:${e.slug}:${e.name}`);
      const want = [...new Set(meta.entities.map((e) => `${e.type}:${e.slug}:${e.name}`))];
      expect(got.sort()).toEqual(want.sort());
    });
    expect(catalog.entities.find((e) => e.name === 'Oil & gas')).toEqual({ type: 'topic', slug: 'oil-and-gas', name: 'Oil & gas' });
  });

  it('writes an entity’s slug only when its name does not give it', () => {
    const text = JSON.stringify(encodeSearchCatalog(metas));
    expect(text).toContain('oil-and-gas');
    expect(text).not.toContain('ilham-aliyev');
  });

  it('reads damaged or mismatched entity lists as no catalog rather than wrong memberships', () => {
    const data = encodeSearchCatalog(metas);
    expect(roundTrip({ ...data, entityArticles: data.entityArticles + ',A' })).toBeNull();
    expect(roundTrip({ ...data, entityArticles: data.entityArticles.replace(/^[A-Za-z0-9_-]/, '!') })).toBeNull();
    // An article id past the last article.
    expect(roundTrip({ ...data, entityArticles: 'AAAAAAA' + data.entityArticles.slice(data.entityArticles.indexOf(',')) })).toBeNull();
  });
});
