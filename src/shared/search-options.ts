// MiniSearch options shared by the build (which writes the index) and the client (which loads it).
// MiniSearch.loadJSON does not store options in the JSON: both sides must pass these same ones,
// or terms would be processed differently at index and query time.
import type { Options, SearchOptions } from 'minisearch';
import type { EntityType } from './content-types';
import type { SearchCatalog } from './search-catalog';
import { foldText, tokenize } from './text-fold';

/**
 * The document MiniSearch indexes on the client: the short, heavily weighted fields, all taken from
 * the search catalog the page has already loaded. Body text (with headings and summary) is searched
 * through the sharded postings built at build time instead (see build-search-index.ts).
 */
export interface SearchDocument {
  id: number;
  people: string;
  topics: string;
  places: string;
  organizations: string;
  author: string;
  section: string;
}

export type SearchField = Exclude<keyof SearchDocument, 'id'>;

export const SEARCH_FIELDS: readonly SearchField[] = ['people', 'topics', 'places', 'organizations', 'author', 'section'];

// Function words that carry no meaning in a news query; dropping them at index and query time
// keeps the index small and stops "the" from matching every article.
const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each few for from further had has have ' +
    'having he her here hers herself him himself his how i if in into is it its itself just me more most ' +
    'my myself no nor not now of off on once only or other our ours ourselves out over own same she should ' +
    'so some such than that the their theirs them themselves then there these they this those through to ' +
    'too under until up very was we were what when where which while who whom why will with would you your ' +
    'yours yourself yourselves s t'
  ).split(' '),
);

export function isStopWord(term: string): boolean {
  return STOP_WORDS.has(term);
}

/** The form a term is indexed and searched under, or null when it is not searchable. */
export function processSearchTerm(term: string): string | null {
  const t = foldText(term);
  return t === '' || STOP_WORDS.has(t) ? null : t;
}

/** Short terms are not fuzzy-matched: at 3 letters one edit turns "war" into "was", "car", "far"… */
export const FUZZY_MIN_LENGTH = 4;

export const SEARCH_BOOSTS: Readonly<Partial<Record<SearchField, number>>> = {
  people: 3,
  topics: 2,
};

/** A title match scores this many times a single mention in the text (titles are in the text index, see body-index.ts). */
export const TITLE_BOOST = 4;

/**
 * Words shorter than this match whole words only: a one- or two-letter prefix matches most of the
 * vocabulary, which costs tens of milliseconds per keystroke at 10,000 articles and ranks nothing.
 */
export const PREFIX_MIN_LENGTH = 3;

export const SEARCH_QUERY_OPTIONS: SearchOptions = {
  boost: { ...SEARCH_BOOSTS },
  prefix: (term) => term.length >= PREFIX_MIN_LENGTH,
  fuzzy: (term) => (term.length >= FUZZY_MIN_LENGTH ? 0.2 : false),
  combineWith: 'AND',
};

export const SEARCH_INDEX_OPTIONS: Options<SearchDocument> = {
  idField: 'id',
  fields: [...SEARCH_FIELDS],
  // The page already has every title and name in its catalog: storing fields would only duplicate them.
  storeFields: [],
  tokenize: (text) => tokenize(text),
  processTerm: (term) => processSearchTerm(term),
  searchOptions: SEARCH_QUERY_OPTIONS,
  // The index is built once and never changes on the client.
  autoVacuum: false,
};

/** The fields of article `id` as MiniSearch indexes them, from the search page's catalog. */
export function toSearchDocument(catalog: SearchCatalog, id: number): SearchDocument {
  const names: Record<EntityType, string[]> = { person: [], place: [], organization: [], topic: [] };
  for (const e of catalog.articleEntities[id] ?? []) {
    const entity = catalog.entities[e];
    if (entity) names[entity.type].push(entity.name);
  }
  return {
    id,
    people: names.person.join('\n'),
    topics: names.topic.join('\n'),
    places: names.place.join('\n'),
    organizations: names.organization.join('\n'),
    author: catalog.authors[catalog.author[id] ?? -1]?.name ?? '',
    section: catalog.sections[catalog.section[id] ?? -1]?.name ?? '',
  };
}

export const SEARCH_DATA_VERSION = 3;

/**
 * The small first piece of the text index, loaded on first use: where each chunk of the term
 * dictionary starts. Terms are sorted and packed into chunks; chunk i holds the terms from
 * chunkStarts[i] (inclusive) up to chunkStarts[i + 1] (exclusive).
 */
export interface SearchManifest {
  version: typeof SEARCH_DATA_VERSION;
  /** Articles indexed: must equal ContentIndex.articles.length. */
  count: number;
  chunkStarts: string[];
}

/**
 * One chunk of the inverted index over body text (summary, headings, paragraphs), fetched when a
 * query word falls into it. postings[k] belongs to terms[k], encoded by encodePostings.
 */
export interface SearchChunk {
  terms: string[];
  /** Per term: the articles whose text has it, with weights (search-postings.ts). */
  postings: string[];
  /** Per term: the articles whose title has it, as an id list (id-lists.ts); '' for none. */
  titles: string[];
}

/** Per-article weight of a term: paragraph occurrences, headings count triple; capped so it fits 2 bits. */
export const MAX_TERM_WEIGHT = 4;
export const HEADING_WEIGHT = 3;
/** A posting list marked with this prefix is a base64 bitset over all articles (weight 1 each). */
export const BITSET_MARK = '~';
