// The search page's data about every article, in the fewest bytes that still let it filter, count facets and
// search names: dates, per article small integers into tables of sections and authors, and the entities (each name
// written once) with the articles that carry each. No titles (search-titles.ts: fetched for the results on screen;
// title words are in the text index) and no summaries or body text (snippets come from the results' article chunks). No summaries or body text: snippets come from the
// article chunks of the results on screen. Encoded at build time, decoded once on the search page.
import type { ArticleMeta, EntityType } from './content-types';
import { decodeIdList, encodeIdList } from './id-lists';
import { slugify } from './slugify';

export const SEARCH_CATALOG_VERSION = 3;

const ENTITY_TYPE_CODES: readonly EntityType[] = ['person', 'place', 'organization', 'topic'];

/** The JSON the build writes. */
export interface SearchCatalogData {
  version: typeof SEARCH_CATALOG_VERSION;
  count: number;
  /** [slug, name] */
  sections: [string, string][];
  /** Per article: index into `sections`. */
  section: number[];
  /** [slug, name] */
  authors: [string, string][];
  /** Per article: index into `authors`, -1 when it has none. */
  author: number[];
  /**
   * Per type code (index into the fixed type order): its entities, most frequent first, each as its name, or
   * [slug, name] when the slug is not the one the name gives (almost none are, so slugs are not written twice).
   * An entity's number is its position in these lists read one after another.
   */
  entities: (string | [string, string])[][];
  /** Per entity, in number order: its articles as an id list (see id-lists.ts), the lists joined by ','. */
  entityArticles: string;
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
  // Per entity the articles that carry it, not per article its entities: ids ascending in one list make small gaps
  // (and one list per entity instead of one per article means far fewer separators).
  const found = new Map<string, { type: number; slug: string; name: string; articles: number[] }>();
  articles.forEach((article, id) => {
    for (const entity of article.entities) {
      const key = `${entity.type}:${entity.slug}`;
      let known = found.get(key);
      if (!known) {
        known = { type: ENTITY_TYPE_CODES.indexOf(entity.type), slug: entity.slug, name: entity.name, articles: [] };
        found.set(key, known);
      }
      // Articles are visited in order, so an entity listed twice in one article can only repeat the last id.
      if (known.articles[known.articles.length - 1] !== id) known.articles.push(id);
    }
  });
  const ranked = [...found].sort(
    ([ka, a], [kb, b]) => a.type - b.type || b.articles.length - a.articles.length || (ka < kb ? -1 : ka > kb ? 1 : 0),
  );

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
    section: articles.map((article) => sections.id(article.sectionSlug, [article.sectionSlug, article.section])),
    sections: sections.values,
    author: articles.map((article) => {
      const slug = article.author === null ? '' : slugify(article.author);
      return article.author === null || slug === '' ? -1 : authors.id(slug, [slug, article.author]);
    }),
    authors: authors.values,
    entities: ENTITY_TYPE_CODES.map((_, code) =>
      ranked.filter(([, e]) => e.type === code).map(([, e]): string | [string, string] => (slugify(e.name) === e.slug ? e.name : [e.slug, e.name])),
    ),
    entityArticles: ranked.map(([, e]) => encodeIdList(e.articles)).join(','),
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
    [c.section, c.author, c.days].every((list) => Array.isArray(list) && list.length === n) &&
    Array.isArray(c.sections) &&
    Array.isArray(c.authors) &&
    Array.isArray(c.entities) &&
    c.entities.length <= ENTITY_TYPE_CODES.length &&
    c.entities.every((list) => Array.isArray(list)) &&
    typeof c.entityArticles === 'string'
  );
}

/** Per article its entity numbers, ascending; null when the lists do not fit the catalog. */
function articleEntitiesOf(data: SearchCatalogData, entityCount: number): Uint32Array[] | null {
  const lists = entityCount === 0 ? [] : data.entityArticles.split(',');
  if (lists.length !== entityCount) return null;
  const decoded: number[][] = [];
  const counts = new Uint32Array(data.count);
  for (const text of lists) {
    const ids = decodeIdList(text);
    if (ids === null || (ids.length > 0 && ids[ids.length - 1]! >= data.count)) return null;
    for (const id of ids) counts[id]!++;
    decoded.push(ids);
  }
  const out = Array.from(counts, (n) => new Uint32Array(n));
  const filled = new Uint32Array(data.count);
  // Entities are visited in number order, so each article's list comes out ascending.
  decoded.forEach((ids, entity) => {
    for (const id of ids) out[id]![filled[id]!++] = entity;
  });
  return out;
}

/** Decodes what encodeSearchCatalog wrote; null for anything else (a stale or damaged file). */
export function decodeSearchCatalog(data: unknown): SearchCatalog | null {
  if (!isCatalogData(data)) return null;
  const entities = data.entities.flatMap((list, code) =>
    list.map((entry): CatalogEntity => {
      const [slug, name] = typeof entry === 'string' ? [slugify(entry), entry] : entry;
      return { type: ENTITY_TYPE_CODES[code]!, slug, name };
    }),
  );
  const articleEntities = articleEntitiesOf(data, entities.length);
  if (!articleEntities) return null;
  let day: number | null = null;
  const dates = data.days.map((delta) => {
    if (delta === null) return null;
    day = day === null ? delta : day + delta;
    return isoOfDay(day);
  });
  return {
    size: data.count,
    dates,
    sections: data.sections.map(([slug, name]) => ({ slug, name })),
    section: Uint32Array.from(data.section),
    authors: data.authors.map(([slug, name]) => ({ slug, name })),
    author: Int32Array.from(data.author),
    entities,
    articleEntities,
  };
}
