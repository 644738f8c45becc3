// The search page's data about every article, in the fewest bytes that still let it filter, count facets, search
// titles and names, and show a result: titles, slugs, dates, and per article small integers into tables of
// sections, authors and entities (each name written once). No summaries or body text: snippets come from the
// article chunks of the results on screen. Encoded at build time, decoded once on the search page.
import type { ArticleMeta, EntityType } from './content-types';
import { slugify, titleSlug } from './slugify';

export const SEARCH_CATALOG_VERSION = 1;

const ENTITY_TYPE_CODES: readonly EntityType[] = ['person', 'place', 'organization', 'topic'];

/** The JSON the build writes. */
export interface SearchCatalogData {
  version: typeof SEARCH_CATALOG_VERSION;
  count: number;
  titles: string[];
  /** '' when the slug is the one the title gives (most are), so it is not written twice. */
  slugs: string[];
  /** [slug, name] */
  sections: [string, string][];
  /** Per article: index into `sections`. */
  section: number[];
  /** [slug, name] */
  authors: [string, string][];
  /** Per article: index into `authors`, -1 when it has none. */
  author: number[];
  /** [type code (index into the fixed type order), slug, name], most frequent first so common ones get short numbers. */
  entities: [number, string, string][];
  /** Per article: indices into `entities`, ascending, each written as the difference from the one before. */
  articleEntities: number[][];
  /** Per article: days since 1970-01-01 as a difference from the previous dated article (the first is absolute); null when undated. */
  days: (number | null)[];
}

export interface CatalogValue {
  slug: string;
  name: string;
}

export interface CatalogEntity extends CatalogValue {
  type: EntityType;
}

/** The catalog as the client uses it: article i is position i in ContentIndex.articles order. */
export interface SearchCatalog {
  size: number;
  /** Read through catalogSlug: most are made from the title when first needed. */
  slugs: string[];
  titles: string[];
  /** ISO dates, null when undated. */
  dates: (string | null)[];
  sections: CatalogValue[];
  section: Uint32Array;
  authors: CatalogValue[];
  /** -1 when the article has no author. */
  author: Int32Array;
  entities: CatalogEntity[];
  /** Per article: indices into `entities`, ascending. */
  articleEntities: Uint32Array[];
}

/** Article i's slug; worked out from its title the first time it is asked for (only shown results need one). */
export function catalogSlug(catalog: SearchCatalog, i: number): string {
  const slug = catalog.slugs[i];
  if (slug === undefined) return '';
  if (slug !== '') return slug;
  const made = titleSlug(catalog.titles[i] ?? '');
  catalog.slugs[i] = made;
  return made;
}

const DAY_MS = 86_400_000;

function dayNumber(iso: string): number | null {
  const time = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(time) ? null : Math.round(time / DAY_MS);
}

function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

class Interner<T> {
  readonly values: T[] = [];
  private readonly at = new Map<string, number>();
  id(key: string, value: T): number {
    let i = this.at.get(key);
    if (i === undefined) {
      i = this.values.push(value) - 1;
      this.at.set(key, i);
    }
    return i;
  }
}

/** Encodes the articles in the order given (the ids of the search index are positions in it). */
export function encodeSearchCatalog(articles: readonly ArticleMeta[]): SearchCatalogData {
  const sections = new Interner<[string, string]>();
  const authors = new Interner<[string, string]>();
  // Entities are numbered by frequency, most mentioned first: small numbers for the ones most articles carry.
  const frequency = new Map<string, { entry: [number, string, string]; count: number }>();
  for (const article of articles) {
    for (const entity of article.entities) {
      const key = `${entity.type}:${entity.slug}`;
      const known = frequency.get(key);
      if (known) known.count += 1;
      else frequency.set(key, { entry: [ENTITY_TYPE_CODES.indexOf(entity.type), entity.slug, entity.name], count: 1 });
    }
  }
  const ranked = [...frequency].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const entityId = new Map(ranked.map(([key], i) => [key, i]));

  let previousDay: number | null = null;
  const days = articles.map((article) => {
    const day = article.date === null ? null : dayNumber(article.date);
    if (day === null) return null;
    const delta = previousDay === null ? day : day - previousDay;
    previousDay = day;
    return delta;
  });

  return {
    version: SEARCH_CATALOG_VERSION,
    count: articles.length,
    titles: articles.map((article) => article.title),
    slugs: articles.map((article) => (article.slug === titleSlug(article.title) ? '' : article.slug)),
    section: articles.map((article) => sections.id(article.sectionSlug, [article.sectionSlug, article.section])),
    sections: sections.values,
    author: articles.map((article) => {
      const slug = article.author === null ? '' : slugify(article.author);
      return article.author === null || slug === '' ? -1 : authors.id(slug, [slug, article.author]);
    }),
    authors: authors.values,
    entities: ranked.map(([, { entry }]) => entry),
    // Sorted and written as differences: small numbers gzip far better than ids up to the thousands.
    articleEntities: articles.map((article) => {
      const ids = [...new Set(article.entities.map((entity) => entityId.get(`${entity.type}:${entity.slug}`)!))].sort((a, b) => a - b);
      return ids.map((id, k) => (k === 0 ? id : id - ids[k - 1]!));
    }),
    days,
  };
}

function isCatalogData(x: unknown): x is SearchCatalogData {
  if (typeof x !== 'object' || x === null) return false;
  const c = x as Partial<SearchCatalogData>;
  const n = c.count;
  return (
    c.version === SEARCH_CATALOG_VERSION &&
    typeof n === 'number' &&
    [c.titles, c.slugs, c.section, c.author, c.articleEntities, c.days].every((list) => Array.isArray(list) && list.length === n) &&
    Array.isArray(c.sections) &&
    Array.isArray(c.authors) &&
    Array.isArray(c.entities)
  );
}

/** Decodes what encodeSearchCatalog wrote; null for anything else (a stale or damaged file). */
export function decodeSearchCatalog(data: unknown): SearchCatalog | null {
  if (!isCatalogData(data)) return null;
  let day: number | null = null;
  const dates = data.days.map((delta) => {
    if (delta === null) return null;
    day = day === null ? delta : day + delta;
    return isoOfDay(day);
  });
  return {
    size: data.count,
    slugs: data.slugs,
    titles: data.titles,
    dates,
    sections: data.sections.map(([slug, name]) => ({ slug, name })),
    section: Uint32Array.from(data.section),
    authors: data.authors.map(([slug, name]) => ({ slug, name })),
    author: Int32Array.from(data.author),
    entities: data.entities.map(([type, slug, name]) => ({ type: ENTITY_TYPE_CODES[type] ?? 'topic', slug, name })),
    articleEntities: data.articleEntities.map((deltas) => {
      const ids = new Uint32Array(deltas.length);
      let id = 0;
      deltas.forEach((delta, k) => (ids[k] = id = k === 0 ? delta : id + delta));
      return ids;
    }),
  };
}
